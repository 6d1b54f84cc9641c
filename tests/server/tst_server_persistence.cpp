// SPDX-License-Identifier: MIT
// What survives the real server stopping: a SIGTERM restart on the same database keeps
// verifications, audit, sessions, devices and settings; a pending verification is resumed; and
// after kill -9 the start-up sweep times out what expired while the server was down.
#include "serverharness.h"

#include "jsonreader.h"

#include <QDateTime>

using vd::test::ServerHarness;

namespace {

const QString Jdoe = QStringLiteral("jdoe");
const QString Mp1001 = QStringLiteral("MP-1001");

// Lets wall-clock time pass until t (plus a margin), keeping the event loop running.
void waitUntil(const QDateTime &t, int marginMs) {
    const QDateTime until = t.addMSecs(marginMs);
    while (QDateTime::currentDateTimeUtc() < until)
        QTest::qWait(50);
}

} // namespace

class TestServerPersistence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void restartKeepsEverything();
    void pendingSurvivesRestart();
    void sweepAfterKill();

private:
    // Runs jdoe/MP-1001 to approved with the device; the verification.
    QJsonObject approve(ServerHarness &h, const QByteArray &device, const QString &ticket);
};

QJsonObject TestServerPersistence::approve(ServerHarness &h, const QByteArray &device,
                                           const QString &ticket) {
    const auto created = h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001, ticket);
    if (created.status != 201)
        return {};
    const QJsonObject request = h.onlyRequest(device);
    h.answer(device, request.value(QStringLiteral("requestId")).toString(),
             QStringLiteral("approve"),
             created.object().value(QStringLiteral("verificationNumber")).toString().toInt());
    return h
        .verification(QStringLiteral("helpdesk"),
                      created.object().value(QStringLiteral("id")).toString())
        .object();
}

void TestServerPersistence::restartKeepsEverything() {
    ServerHarness h;
    QVERIFY2(h.start(), qPrintable(h.errorString()));
    const QByteArray device = h.activateDevice(Mp1001);
    QVERIFY(!device.isEmpty());
    const QJsonObject approved = approve(h, device, QStringLiteral("INC-P1"));
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const auto failed = h.startVerification(QStringLiteral("helpdesk"), QStringLiteral("cnodev"),
                                            QStringLiteral("MP-1003"));
    VD_VERIFY_STATUS(failed, 201);
    VD_VERIFY_STATUS(h.putPolicy({{QStringLiteral("organizationName"), QStringLiteral("Kept Ltd")},
                                  {QStringLiteral("followUpWindowMinutes"), 42}}),
                     200);
    VD_VERIFY_STATUS(h.http().patch(QStringLiteral("/api/v1/tokens/MP-000000"),
                                    {{QStringLiteral("pushEnabled"), false}},
                                    h.bearer(QStringLiteral("admin"))),
                     200);
    const QByteArray session = h.bearer(QStringLiteral("auditor"));
    const auto sessionBefore = h.http().get(QStringLiteral("/api/v1/session"), {}, session);
    VD_VERIFY_STATUS(sessionBefore, 200);
    const auto authBefore = h.allAuditItems(QStringLiteral("authentication"));
    const auto opsBefore = h.allAuditItems(QStringLiteral("operator"));
    QCOMPARE(authBefore.size(), 1);
    QVERIFY(opsBefore.size() >= 4); // 2 verifications; settings changes may add their own
    const int usersBefore = h.http()
                                .get(QStringLiteral("/api/v1/users?limit=0"), {}, session)
                                .object()
                                .value(QStringLiteral("total"))
                                .toInt();

    // SIGTERM: a clean exit 0. Then the same database, with --seed demo again (a no-op now).
    QCOMPARE(h.process().stop(), 0);
    QVERIFY2(h.restart(), qPrintable(h.errorString()));

    // The session is still valid, unchanged.
    const auto sessionAfter = h.http().get(QStringLiteral("/api/v1/session"), {}, session);
    VD_VERIFY_STATUS(sessionAfter, 200);
    QCOMPARE(sessionAfter.object().value(QStringLiteral("operator")),
             sessionBefore.object().value(QStringLiteral("operator")));
    // Verifications read back exactly as they were.
    QCOMPARE(
        h.verification(QStringLiteral("auditor"), approved.value(QStringLiteral("id")).toString())
            .object(),
        approved);
    QCOMPARE(h.verification(QStringLiteral("auditor"),
                            failed.object().value(QStringLiteral("id")).toString())
                 .object(),
             failed.object());
    // Audit: the same entries, and nothing added by the restart or the repeated seed.
    QCOMPARE(h.allAuditItems(QStringLiteral("authentication")), authBefore);
    QCOMPARE(h.allAuditItems(QStringLiteral("operator")), opsBefore);
    QCOMPARE(h.http()
                 .get(QStringLiteral("/api/v1/users?limit=0"), {}, session)
                 .object()
                 .value(QStringLiteral("total"))
                 .toInt(),
             usersBefore);
    // Settings and token changes are kept; the seed does not reset them.
    const QJsonObject policy = h.http().get(QStringLiteral("/api/v1/policy"), {}, session).object();
    QCOMPARE(policy.value(QStringLiteral("organizationName")).toString(),
             QStringLiteral("Kept Ltd"));
    QCOMPARE(policy.value(QStringLiteral("followUpWindowMinutes")).toInt(), 42);
    const QJsonArray tokens = h.http()
                                  .get(QStringLiteral("/api/v1/users/emp000000"), {}, session)
                                  .object()
                                  .value(QStringLiteral("authenticationMethods"))
                                  .toArray();
    QCOMPARE(tokens.first().toObject().value(QStringLiteral("pushEnabled")), QJsonValue(false));
    // The device is still enrolled and keeps working.
    const QJsonObject again = approve(h, device, QStringLiteral("INC-P2"));
    QCOMPARE(again.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(h.process().stop(), 0);
}

void TestServerPersistence::pendingSurvivesRestart() {
    ServerHarness h;
    const QStringList args{QStringLiteral("--verification-timeout"), QStringLiteral("4")};
    QVERIFY2(h.start(args), qPrintable(h.errorString()));
    const QByteArray device = h.activateDevice(Mp1001);
    QVERIFY(!device.isEmpty());
    const auto created = h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001);
    VD_VERIFY_STATUS(created, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    const auto expiresAt =
        vd::protocol::parseTime(created.object().value(QStringLiteral("expiresAt")).toString());
    QVERIFY(expiresAt);

    QCOMPARE(h.process().stop(), 0);
    QVERIFY2(h.restart(args), qPrintable(h.errorString()));
    if (QDateTime::currentDateTimeUtc() >= *expiresAt)
        QSKIP("the restart took longer than the verification timeout on this machine");

    // Still pending, still offered to the device, still the only one for the token.
    QCOMPARE(h.stateOf(id), QStringLiteral("pending"));
    QCOMPARE(h.deviceRequests(device).size(), 1);
    VD_VERIFY_ERROR(h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001), 409,
                    QStringLiteral("verification_pending"));
    // The restarted server armed its timer: it times out on schedule without any request.
    waitUntil(*expiresAt, 0);
    QTRY_COMPARE_WITH_TIMEOUT(h.stateOf(id), QStringLiteral("timed_out"), 15000);
    QCOMPARE(h.authenticationEntries(id).size(), 1);
    QCOMPARE(h.operatorEntries(id).size(), 2);
    QCOMPARE(h.process().stop(), 0);
}

void TestServerPersistence::sweepAfterKill() {
    ServerHarness h;
    const QStringList args{QStringLiteral("--verification-timeout"), QStringLiteral("3")};
    QVERIFY2(h.start(args), qPrintable(h.errorString()));
    const QByteArray device = h.activateDevice(Mp1001);
    QVERIFY(!device.isEmpty());
    const auto created =
        h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001, QStringLiteral("INC-K9"));
    VD_VERIFY_STATUS(created, 201);
    const QJsonObject v = created.object();
    const QString id = v.value(QStringLiteral("id")).toString();
    const QString requestId = h.onlyRequest(device).value(QStringLiteral("requestId")).toString();
    QVERIFY(!requestId.isEmpty());
    const auto expiresAt = vd::protocol::parseTime(v.value(QStringLiteral("expiresAt")).toString());
    QVERIFY(expiresAt);

    // kill -9: no shutdown code runs. Restart only once the deadline has passed.
    h.process().kill();
    QVERIFY(!h.process().isRunning());
    waitUntil(*expiresAt, 500);
    QVERIFY2(h.restart(args), qPrintable(h.errorString()));

    // The start-up sweep timed it out at its deadline, with its complete trail.
    const QJsonObject after = h.verification(QStringLiteral("helpdesk"), id).object();
    QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("timed_out"));
    QCOMPARE(after.value(QStringLiteral("completedAt")), v.value(QStringLiteral("expiresAt")));
    const auto auth = h.authenticationEntries(id);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(auth.first().value(QStringLiteral("message")).toString(),
             QStringLiteral("Login from Helpdesk push verification \u2014 timed out"));
    QCOMPARE(auth.first().value(QStringLiteral("result")).toString(), QStringLiteral("Failure"));
    QCOMPARE(auth.first().value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-K9"));
    const auto ops = h.operatorEntries(id);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.first().value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    QCOMPARE(ops.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("timed_out"));
    QCOMPARE(ops.last().value(QStringLiteral("phase")).toString(), QStringLiteral("dispatch"));
    // The device's late answer is refused; the token is free for a new push.
    QVERIFY(h.deviceRequests(device).isEmpty());
    VD_VERIFY_ERROR(h.answer(device, requestId, QStringLiteral("deny")), 410,
                    QStringLiteral("request_closed"));
    VD_VERIFY_STATUS(h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001), 201);
    h.cancelPending();
    QCOMPARE(h.process().stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerPersistence)
#include "tst_server_persistence.moc"
