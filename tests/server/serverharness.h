// SPDX-License-Identifier: MIT
// One real verifydesk-server for a test class plus the calls server tests repeat: demo
// operator sessions, an activated device, verifications and device answers, audit look-ups.
#pragma once

#include "serverprocess.h"
#include "testhttp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <memory>
#include <optional>

namespace vd::test {

class ServerHarness {
public:
    using Reply = TestHttp::Reply;

    // --listen 127.0.0.1:0, a temporary database, --seed demo, extraArgs.
    bool start(const QStringList &extraArgs = {});
    // SIGTERM and start again on the same database and port; sessions are kept.
    bool restart(const QStringList &extraArgs = {});
    QString errorString() const { return m_server.errorString(); }

    ServerProcess &process() { return m_server; }
    TestHttp &http() { return *m_http; }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    // The same origin with the ws scheme and path, for the two WebSocket endpoints.
    QUrl webSocketUrl(const QString &path) const;

    // A session of a demo operator (the password is the username), signed in once and reused.
    QByteArray bearer(const QString &username);

    // An activation code (as admin) redeemed at /device/v1/activate; the device token, empty
    // on failure. The token's earlier device stops working.
    QByteArray activateDevice(const QString &serial);

    // POST /api/v1/verifications; a created pending verification is remembered for
    // cancelPending().
    Reply startVerification(const QString &operatorName, const QString &userId,
                            const QString &serial,
                            const std::optional<QString> &ticket = std::nullopt);
    Reply verification(const QString &operatorName, const QString &id);
    QString stateOf(const QString &id); // as auditor; empty when it cannot be read
    // Cancels (as its operator) every verification startVerification() created that is still
    // pending, so one failed test does not leave a token blocked for the next.
    void cancelPending();

    QJsonArray deviceRequests(const QByteArray &deviceToken);
    // The device's one open request; empty when it has none or several.
    QJsonObject onlyRequest(const QByteArray &deviceToken);
    Reply answer(const QByteArray &deviceToken, const QString &requestId, const QString &action,
                 std::optional<int> choice = std::nullopt);
    Reply answerBody(const QByteArray &deviceToken, const QString &requestId,
                     const QJsonObject &body);

    Reply putPolicy(const QJsonObject &patch);  // as admin
    Reply putAccount(const QJsonObject &patch); // as admin

    // Every entry of an audit list (all pages, as auditor) that names this verification.
    QList<QJsonObject> authenticationEntries(const QString &verificationId);
    QList<QJsonObject> operatorEntries(const QString &verificationId);
    // GET path as auditor, all pages of {"total","items"}; extraQuery like "userId=jdoe".
    QList<QJsonObject> allAuditItems(const QString &list, const QString &extraQuery = {});

    // /healthz answers 200 {"status":"ok"} within timeoutMs on a fresh connection.
    bool isHealthy(int timeoutMs = 5000);

    // Empty when reply is status + {"error":{"code","message"}} with that code (and a
    // non-empty message, nothing else in the body); else what differs.
    static QString errorMismatch(const Reply &reply, int status, const QString &code);
    static QSet<QString> keysOf(const QJsonObject &o);
    static QString describeKeys(const QJsonObject &o);

    static constexpr int DemoUsersAtLeast = 244; // 4 named + 240 generated

private:
    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_http;
    QHash<QString, QByteArray> m_sessions;
    QHash<QString, QString> m_created; // verification id -> operator
};

} // namespace vd::test

// QCOMPARE-style checks of a reply, usable in any test function.
#define VD_VERIFY_STATUS(reply, expected)                                                          \
    QVERIFY2((reply).status == (expected), qPrintable((reply).describe()))

#define VD_VERIFY_ERROR(reply, status, code)                                                       \
    do {                                                                                           \
        const QString vdMismatch =                                                                 \
            vd::test::ServerHarness::errorMismatch((reply), (status), QString(code));              \
        QVERIFY2(vdMismatch.isEmpty(), qPrintable(vdMismatch));                                    \
    } while (false)

#define VD_VERIFY_KEYS(object, ...)                                                                \
    QVERIFY2(vd::test::ServerHarness::keysOf(object) == (QSet<QString>{__VA_ARGS__}),              \
             qPrintable(vd::test::ServerHarness::describeKeys(object)))
