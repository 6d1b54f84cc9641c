// SPDX-License-Identifier: MIT
// Verified follow-up actions (POST /api/v1/tokens/{serial}/actions) against the real server:
// each action after an approval, with its operator entry; several actions on one approval; any
// token of the verified user; and every refusal (verification_required, 400, 401, 403, 404).
#include "serverharness.h"

using vd::test::ServerHarness;

namespace {

QString actionsPath(const QString &serial) {
    return QStringLiteral("/api/v1/tokens/%1/actions").arg(serial);
}

QJsonObject actionBody(const QString &action, const QString &verificationId) {
    return {{QStringLiteral("action"), action}, {QStringLiteral("verificationId"), verificationId}};
}

} // namespace

class TestServerFollowUp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void actions_data();
    void actions();
    void anyTokenOfTheVerifiedUser();
    void refused_data();
    void refused();
    void windowZeroTurnsActionsOff();
    void revoke(); // last: MP-1001 stays revoked

private:
    // jdoe/MP-1001 verified by op and ended with end (approved or denied); its id.
    QString verify(const QString &op, const QString &end = QStringLiteral("approved"));
    QString tokenState(const QString &userId, const QString &serial);

    ServerHarness m_h;
    QByteArray m_device;
    QString m_approved; // helpdesk's approval for jdoe
};

void TestServerFollowUp::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_device = m_h.activateDevice(QStringLiteral("MP-1001"));
    QVERIFY(!m_device.isEmpty());
    m_approved = verify(QStringLiteral("helpdesk"));
    QVERIFY(!m_approved.isEmpty());
}

void TestServerFollowUp::cleanup() {
    m_h.cancelPending();
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("followUpWindowMinutes"), 10}}), 200);
}

QString TestServerFollowUp::verify(const QString &op, const QString &end) {
    const auto created = m_h.startVerification(op, QStringLiteral("jdoe"),
                                               QStringLiteral("MP-1001"), QStringLiteral("INC-F"));
    if (created.status != 201)
        return {};
    const QJsonObject request = m_h.onlyRequest(m_device);
    m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(),
               end == QLatin1String("denied") ? QStringLiteral("deny") : QStringLiteral("approve"),
               created.object().value(QStringLiteral("verificationNumber")).toString().toInt());
    const QString id = created.object().value(QStringLiteral("id")).toString();
    return m_h.stateOf(id) == end ? id : QString();
}

QString TestServerFollowUp::tokenState(const QString &userId, const QString &serial) {
    const auto user = m_h.http().get(QStringLiteral("/api/v1/users/") + userId, {},
                                     m_h.bearer(QStringLiteral("auditor")));
    for (const QJsonValue &t :
         user.object().value(QStringLiteral("authenticationMethods")).toArray()) {
        if (t.toObject().value(QStringLiteral("serial")).toString() == serial)
            return t.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

void TestServerFollowUp::actions_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("state"); // the token's state after it
    QTest::addColumn<QString>("actionType");
    // In this order, on the one approval: it allows several actions within its window.
    QTest::newRow("suspend") << QStringLiteral("suspend") << QStringLiteral("suspended")
                             << QStringLiteral("TokenSuspend");
    QTest::newRow("resume") << QStringLiteral("resume") << QStringLiteral("active")
                            << QStringLiteral("TokenResume");
    QTest::newRow("reset_pin") << QStringLiteral("reset_pin") << QStringLiteral("active")
                               << QStringLiteral("PinReset");
}

void TestServerFollowUp::actions() {
    QFETCH(QString, action);
    QFETCH(QString, state);
    QFETCH(QString, actionType);
    const int entriesBefore = int(m_h.operatorEntries(m_approved).size());
    const auto reply =
        m_h.http().post(actionsPath(QStringLiteral("MP-1001")), actionBody(action, m_approved),
                        m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_STATUS(reply, 200);
    const QJsonObject token = reply.object();
    VD_VERIFY_KEYS(token, QStringLiteral("serial"), QStringLiteral("type"), QStringLiteral("state"),
                   QStringLiteral("pushEnabled"), QStringLiteral("deviceRegistered"));
    QCOMPARE(token.value(QStringLiteral("serial")).toString(), QStringLiteral("MP-1001"));
    QCOMPARE(token.value(QStringLiteral("state")).toString(), state);
    QCOMPARE(tokenState(QStringLiteral("jdoe"), QStringLiteral("MP-1001")), state);

    // One operator entry of that type, naming the verification.
    const auto entries = m_h.operatorEntries(m_approved);
    QCOMPARE(int(entries.size()), entriesBefore + 1);
    const QJsonObject e = entries.first();
    QCOMPARE(e.value(QStringLiteral("actionType")).toString(), actionType);
    QCOMPARE(e.value(QStringLiteral("operator")).toString(), QStringLiteral("helpdesk"));
    QCOMPARE(e.value(QStringLiteral("userId")).toString(), QStringLiteral("jdoe"));
    QCOMPARE(e.value(QStringLiteral("tokenSerial")).toString(), QStringLiteral("MP-1001"));
    QVERIFY(e.value(QStringLiteral("phase")).isNull());
    const auto filtered =
        m_h.allAuditItems(QStringLiteral("operator"), QStringLiteral("actionType=") + actionType);
    QCOMPARE(filtered.size(), 1);
}

void TestServerFollowUp::anyTokenOfTheVerifiedUser() {
    // emp000001 holds MP-000001 (push off) and PW-000001: verify on the first, act on the other.
    const QByteArray admin = m_h.bearer(QStringLiteral("admin"));
    VD_VERIFY_STATUS(m_h.http().patch(QStringLiteral("/api/v1/tokens/MP-000001"),
                                      {{QStringLiteral("pushEnabled"), true}}, admin),
                     200);
    const QByteArray device = m_h.activateDevice(QStringLiteral("MP-000001"));
    QVERIFY(!device.isEmpty());
    const auto created = m_h.startVerification(
        QStringLiteral("helpdesk"), QStringLiteral("emp000001"), QStringLiteral("MP-000001"));
    VD_VERIFY_STATUS(created, 201);
    const QJsonObject request = m_h.onlyRequest(device);
    VD_VERIFY_STATUS(
        m_h.answer(device, request.value(QStringLiteral("requestId")).toString(),
                   QStringLiteral("approve"),
                   created.object().value(QStringLiteral("verificationNumber")).toString().toInt()),
        200);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    const auto reply = m_h.http().post(actionsPath(QStringLiteral("PW-000001")),
                                       actionBody(QStringLiteral("suspend"), id),
                                       m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object().value(QStringLiteral("state")).toString(), QStringLiteral("suspended"));
    // Not a token of another user, though.
    VD_VERIFY_ERROR(m_h.http().post(actionsPath(QStringLiteral("MP-1002")),
                                    actionBody(QStringLiteral("suspend"), id),
                                    m_h.bearer(QStringLiteral("helpdesk"))),
                    403, QStringLiteral("verification_required"));
}

void TestServerFollowUp::refused_data() {
    QTest::addColumn<QString>("op"); // empty: no session
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QByteArray>("body"); // {vid}: helpdesk's approval; {denied}, {admins}
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString helpdesk = QStringLiteral("helpdesk"), mp = QStringLiteral("MP-1001");
    const QString required = QStringLiteral("verification_required");
    QTest::newRow("unknown verification")
        << helpdesk << mp << QByteArray(R"({"action":"suspend","verificationId":"nope"})") << 403
        << required;
    QTest::newRow("denied verification")
        << helpdesk << mp << QByteArray(R"({"action":"suspend","verificationId":"{denied}"})")
        << 403 << required;
    QTest::newRow("another operator's approval")
        << helpdesk << mp << QByteArray(R"({"action":"suspend","verificationId":"{admins}"})")
        << 403 << required;
    QTest::newRow("token of another user")
        << helpdesk << QStringLiteral("MP-1002")
        << QByteArray(R"({"action":"suspend","verificationId":"{vid}"})") << 403 << required;
    QTest::newRow("unknown action")
        << helpdesk << mp << QByteArray(R"({"action":"delete","verificationId":"{vid}"})") << 400
        << QStringLiteral("invalid_field");
    QTest::newRow("missing verificationId")
        << helpdesk << mp << QByteArray(R"({"action":"suspend"})") << 400
        << QStringLiteral("invalid_field");
    QTest::newRow("malformed") << helpdesk << mp << QByteArray("{") << 400
                               << QStringLiteral("invalid_json");
    QTest::newRow("auditor") << QStringLiteral("auditor") << mp
                             << QByteArray(R"({"action":"suspend","verificationId":"{vid}"})")
                             << 403 << QStringLiteral("forbidden");
    QTest::newRow("unknown token") << helpdesk << QStringLiteral("MP-9999")
                                   << QByteArray(R"({"action":"suspend","verificationId":"{vid}"})")
                                   << 404 << QStringLiteral("not_found");
    QTest::newRow("no session") << QString() << mp
                                << QByteArray(R"({"action":"suspend","verificationId":"{vid}"})")
                                << 401 << QStringLiteral("unauthenticated");
}

void TestServerFollowUp::refused() {
    QFETCH(QString, op);
    QFETCH(QString, serial);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    body.replace("{vid}", m_approved.toUtf8());
    if (body.contains("{denied}")) {
        const QString denied = verify(QStringLiteral("helpdesk"), QStringLiteral("denied"));
        QVERIFY(!denied.isEmpty());
        body.replace("{denied}", denied.toUtf8());
    }
    if (body.contains("{admins}")) {
        const QString admins = verify(QStringLiteral("admin"));
        QVERIFY(!admins.isEmpty());
        body.replace("{admins}", admins.toUtf8());
    }
    const QString before = tokenState(QStringLiteral("jdoe"), QStringLiteral("MP-1001"));
    const int opEntries = int(m_h.allAuditItems(QStringLiteral("operator")).size());
    const auto reply = m_h.http().request("POST", actionsPath(serial), body, "application/json",
                                          op.isEmpty() ? QByteArray() : m_h.bearer(op));
    VD_VERIFY_ERROR(reply, status, code);
    QCOMPARE(tokenState(QStringLiteral("jdoe"), QStringLiteral("MP-1001")), before);
    QCOMPARE(int(m_h.allAuditItems(QStringLiteral("operator")).size()), opEntries);
}

void TestServerFollowUp::windowZeroTurnsActionsOff() {
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("followUpWindowMinutes"), 0}}), 200);
    const QString fresh = verify(QStringLiteral("helpdesk"));
    QVERIFY(!fresh.isEmpty());
    VD_VERIFY_ERROR(m_h.http().post(actionsPath(QStringLiteral("MP-1001")),
                                    actionBody(QStringLiteral("reset_pin"), fresh),
                                    m_h.bearer(QStringLiteral("helpdesk"))),
                    403, QStringLiteral("verification_required"));
}

void TestServerFollowUp::revoke() {
    const auto reply = m_h.http().post(actionsPath(QStringLiteral("MP-1001")),
                                       actionBody(QStringLiteral("revoke"), m_approved),
                                       m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(m_h.operatorEntries(m_approved).first().value(QStringLiteral("actionType")).toString(),
             QStringLiteral("TokenRevoke"));
    // A revoked token cannot be pushed to any more.
    const auto push = m_h.startVerification(QStringLiteral("helpdesk"), QStringLiteral("jdoe"),
                                            QStringLiteral("MP-1001"));
    VD_VERIFY_STATUS(push, 201);
    QCOMPARE(push.object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("token_inactive"));
}

QTEST_GUILESS_MAIN(TestServerFollowUp)
#include "tst_server_followup.moc"
