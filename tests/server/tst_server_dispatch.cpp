// SPDX-License-Identifier: MIT
// Creating a verification against the real server: every dispatch failure (201 with
// dispatch_failed and the first reason that applies), and every refusal of the POST itself
// (permission, feature, existence, not push capable, body shape) in API.md's check order.
#include "serverharness.h"

using vd::test::ServerHarness;

namespace {

const QString VerificationsPath = QStringLiteral("/api/v1/verifications");

QString tokenPath(const QString &serial) {
    return QStringLiteral("/api/v1/tokens/") + serial;
}

} // namespace

class TestServerDispatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void dispatchFailure_data();
    void dispatchFailure();
    void deviceActivationMakesReachable();
    void refused_data();
    void refused();
    void badBody_data();
    void badBody();

private:
    QByteArray bearer(const QString &op) { return m_h.bearer(op); }

    ServerHarness m_h;
    QByteArray m_jdoeDevice;
};

void TestServerDispatch::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_jdoeDevice = m_h.activateDevice(QStringLiteral("MP-1001"));
    QVERIFY(!m_jdoeDevice.isEmpty());
}

void TestServerDispatch::cleanup() {
    m_h.cancelPending();
    // Back to the demo data whatever a test changed.
    const QByteArray admin = bearer(QStringLiteral("admin"));
    for (const char *serial : {"MP-1001", "MP-1002"}) {
        const auto r =
            m_h.http().patch(tokenPath(QLatin1String(serial)),
                             {{QStringLiteral("state"), QStringLiteral("active")}}, admin);
        VD_VERIFY_STATUS(r, 200);
    }
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("pushOtpEnabled"), true}}), 200);
    VD_VERIFY_STATUS(
        m_h.putAccount({{QStringLiteral("features"),
                         QJsonObject{{QStringLiteral("helpdeskPushVerification"), true}}}}),
        200);
}

void TestServerDispatch::dispatchFailure_data() {
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("tokenState"); // set first; empty: as seeded
    QTest::addColumn<bool>("pushOtp");       // policy pushOtpEnabled
    QTest::addColumn<QString>("reason");
    const QString jdoe = QStringLiteral("jdoe"), mp1001 = QStringLiteral("MP-1001");
    const QString asmith = QStringLiteral("asmith"), mp1002 = QStringLiteral("MP-1002");
    const QString cnodev = QStringLiteral("cnodev"), mp1003 = QStringLiteral("MP-1003");
    QTest::newRow("token suspended") << jdoe << mp1001 << QStringLiteral("suspended") << true
                                     << QStringLiteral("token_inactive");
    QTest::newRow("token revoked")
        << jdoe << mp1001 << QStringLiteral("revoked") << true << QStringLiteral("token_inactive");
    QTest::newRow("seeded suspended token")
        << QStringLiteral("emp000004") << QStringLiteral("MP-000004") << QString() << true
        << QStringLiteral("token_inactive");
    QTest::newRow("token push off (MP-1002)")
        << asmith << mp1002 << QString() << true << QStringLiteral("push_disabled");
    QTest::newRow("push OTP off on the virtual server")
        << jdoe << mp1001 << QString() << false << QStringLiteral("push_otp_disabled");
    QTest::newRow("no device (MP-1003)")
        << cnodev << mp1003 << QString() << true << QStringLiteral("device_unreachable");
    // The first reason that applies wins.
    QTest::newRow("inactive before push off") << asmith << mp1002 << QStringLiteral("suspended")
                                              << false << QStringLiteral("token_inactive");
    QTest::newRow("push off before push OTP off")
        << asmith << mp1002 << QString() << false << QStringLiteral("push_disabled");
    QTest::newRow("push OTP off before no device")
        << cnodev << mp1003 << QString() << false << QStringLiteral("push_otp_disabled");
}

void TestServerDispatch::dispatchFailure() {
    QFETCH(QString, userId);
    QFETCH(QString, serial);
    QFETCH(QString, tokenState);
    QFETCH(bool, pushOtp);
    QFETCH(QString, reason);
    if (!tokenState.isEmpty())
        VD_VERIFY_STATUS(m_h.http().patch(tokenPath(serial),
                                          {{QStringLiteral("state"), tokenState}},
                                          bearer(QStringLiteral("admin"))),
                         200);
    if (!pushOtp)
        VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("pushOtpEnabled"), false}}), 200);

    const auto reply =
        m_h.startVerification(QStringLiteral("helpdesk"), userId, serial, QStringLiteral("CHG-1"));
    VD_VERIFY_STATUS(reply, 201);
    const QJsonObject v = reply.object();
    QCOMPARE(v.value(QStringLiteral("state")).toString(), QStringLiteral("dispatch_failed"));
    QCOMPARE(v.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(v.contains(QStringLiteral("verificationNumber")));
    QVERIFY(v.value(QStringLiteral("verificationNumber")).isNull());
    QVERIFY(v.value(QStringLiteral("completedAt")).isString());
    QCOMPARE(v.value(QStringLiteral("ticket")).toString(), QStringLiteral("CHG-1"));
    const QString id = v.value(QStringLiteral("id")).toString();
    QCOMPARE(m_h.verification(QStringLiteral("helpdesk"), id).object(), v);
    // Nothing reached jdoe's device.
    QVERIFY(m_h.deviceRequests(m_jdoeDevice).isEmpty());

    // A failed dispatch is its own outcome: dispatch + outcome entries, no authentication entry.
    const auto ops = m_h.operatorEntries(id);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    QCOMPARE(ops.at(0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("dispatch_failed"));
    QCOMPARE(ops.at(1).value(QStringLiteral("phase")).toString(), QStringLiteral("dispatch"));
    QVERIFY(m_h.authenticationEntries(id).isEmpty());
    // Not pending, so it neither blocks a new push nor can be cancelled.
    VD_VERIFY_ERROR(m_h.http().del(VerificationsPath + QLatin1Char('/') + id, {},
                                   bearer(QStringLiteral("helpdesk"))),
                    409, QStringLiteral("already_finished"));
    VD_VERIFY_STATUS(m_h.startVerification(QStringLiteral("helpdesk"), userId, serial), 201);
}

void TestServerDispatch::deviceActivationMakesReachable() {
    // device_unreachable means "no device activated": activating one lets the push through.
    ServerHarness own;
    QVERIFY2(own.start(), qPrintable(own.errorString()));
    const auto before = own.startVerification(QStringLiteral("helpdesk"), QStringLiteral("cnodev"),
                                              QStringLiteral("MP-1003"));
    QCOMPARE(before.object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("device_unreachable"));
    const QByteArray device = own.activateDevice(QStringLiteral("MP-1003"));
    QVERIFY(!device.isEmpty());
    const auto user = own.http().get(QStringLiteral("/api/v1/users/cnodev"), {},
                                     own.bearer(QStringLiteral("helpdesk")));
    QCOMPARE(user.object()
                 .value(QStringLiteral("authenticationMethods"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("deviceRegistered")),
             QJsonValue(true));
    const auto after = own.startVerification(QStringLiteral("helpdesk"), QStringLiteral("cnodev"),
                                             QStringLiteral("MP-1003"));
    VD_VERIFY_STATUS(after, 201);
    QCOMPARE(after.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(own.deviceRequests(device).size(), 1);
    own.cancelPending();
}

void TestServerDispatch::refused_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("featureOn");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString helpdesk = QStringLiteral("helpdesk");
    QTest::newRow("hardware token")
        << helpdesk << QStringLiteral("bwayne") << QStringLiteral("HW-2001") << true << 422
        << QStringLiteral("not_push_capable");
    QTest::newRow("generated SMS token")
        << helpdesk << QStringLiteral("emp000003") << QStringLiteral("SMS-000003") << true << 422
        << QStringLiteral("not_push_capable");
    QTest::newRow("auditor (view only)")
        << QStringLiteral("auditor") << QStringLiteral("jdoe") << QStringLiteral("MP-1001") << true
        << 403 << QStringLiteral("forbidden");
    QTest::newRow("feature off") << helpdesk << QStringLiteral("jdoe") << QStringLiteral("MP-1001")
                                 << false << 403 << QStringLiteral("feature_disabled");
    QTest::newRow("feature off, admin")
        << QStringLiteral("admin") << QStringLiteral("jdoe") << QStringLiteral("MP-1001") << false
        << 403 << QStringLiteral("feature_disabled");
    QTest::newRow("unknown user") << helpdesk << QStringLiteral("nobody")
                                  << QStringLiteral("MP-1001") << true << 404
                                  << QStringLiteral("not_found");
    QTest::newRow("unknown token")
        << helpdesk << QStringLiteral("jdoe") << QStringLiteral("MP-9999") << true << 404
        << QStringLiteral("not_found");
    QTest::newRow("token of another user")
        << helpdesk << QStringLiteral("jdoe") << QStringLiteral("MP-1002") << true << 404
        << QStringLiteral("not_found");
    // API.md's order: permission and feature before existence, existence before 422.
    QTest::newRow("auditor, unknown user")
        << QStringLiteral("auditor") << QStringLiteral("nobody") << QStringLiteral("MP-9999")
        << true << 403 << QStringLiteral("forbidden");
    QTest::newRow("feature off, hardware token")
        << helpdesk << QStringLiteral("bwayne") << QStringLiteral("HW-2001") << false << 403
        << QStringLiteral("feature_disabled");
    QTest::newRow("hardware token of another user")
        << helpdesk << QStringLiteral("jdoe") << QStringLiteral("HW-2001") << true << 404
        << QStringLiteral("not_found");
}

void TestServerDispatch::refused() {
    QFETCH(QString, op);
    QFETCH(QString, userId);
    QFETCH(QString, serial);
    QFETCH(bool, featureOn);
    QFETCH(int, status);
    QFETCH(QString, code);
    if (!featureOn)
        VD_VERIFY_STATUS(
            m_h.putAccount({{QStringLiteral("features"),
                             QJsonObject{{QStringLiteral("helpdeskPushVerification"), false}}}}),
            200);
    const int opEntries = int(m_h.allAuditItems(QStringLiteral("operator")).size());
    const auto reply = m_h.startVerification(op, userId, serial);
    VD_VERIFY_ERROR(reply, status, code);
    // A refused POST creates nothing: no request for the device, no audit entry.
    QVERIFY(m_h.deviceRequests(m_jdoeDevice).isEmpty());
    QCOMPARE(int(m_h.allAuditItems(QStringLiteral("operator")).size()), opEntries);
}

void TestServerDispatch::badBody_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray json("application/json");
    const QString helpdesk = QStringLiteral("helpdesk");
    QTest::newRow("missing userId")
        << QByteArray(R"({"tokenSerial":"MP-1001"})") << json << helpdesk << 400
        << QStringLiteral("invalid_field") << QStringLiteral("userId");
    QTest::newRow("missing tokenSerial")
        << QByteArray(R"({"userId":"jdoe"})") << json << helpdesk << 400
        << QStringLiteral("invalid_field") << QStringLiteral("tokenSerial");
    QTest::newRow("userId a number")
        << QByteArray(R"({"userId":1,"tokenSerial":"MP-1001"})") << json << helpdesk << 400
        << QStringLiteral("invalid_field") << QStringLiteral("userId");
    QTest::newRow("tokenSerial an array")
        << QByteArray(R"({"userId":"jdoe","tokenSerial":["MP-1001"]})") << json << helpdesk << 400
        << QStringLiteral("invalid_field") << QStringLiteral("tokenSerial");
    QTest::newRow("empty userId") << QByteArray(R"({"userId":"","tokenSerial":"MP-1001"})") << json
                                  << helpdesk << 400 << QStringLiteral("invalid_field")
                                  << QStringLiteral("userId");
    QTest::newRow("malformed") << QByteArray(R"({"userId":"jdoe")") << json << helpdesk << 400
                               << QStringLiteral("invalid_json") << QString();
    QTest::newRow("text body") << QByteArray("jdoe MP-1001") << QByteArray("text/plain") << helpdesk
                               << 415 << QStringLiteral("unsupported_media_type") << QString();
    // Shape before permission.
    QTest::newRow("auditor, malformed") << QByteArray("{") << json << QStringLiteral("auditor")
                                        << 400 << QStringLiteral("invalid_json") << QString();
}

void TestServerDispatch::badBody() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, op);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto reply = m_h.http().request("POST", VerificationsPath, body, contentType, bearer(op));
    VD_VERIFY_ERROR(reply, status, code);
    if (!field.isEmpty())
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
    QVERIFY(m_h.deviceRequests(m_jdoeDevice).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerDispatch)
#include "tst_server_dispatch.moc"
