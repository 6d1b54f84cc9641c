// SPDX-License-Identifier: MIT
// Policy and account (the virtual server settings) against the real server: GET for every
// operator, partial PUT by an admin, 403 without policy edit, 400 for wrong types and ranges.
#include "serverharness.h"

using vd::test::ServerHarness;

namespace {

const QString PolicyPath = QStringLiteral("/api/v1/policy");
const QString AccountPath = QStringLiteral("/api/v1/account");

QJsonObject demoPolicy() {
    return {{QStringLiteral("pushOtpEnabled"), true},
            {QStringLiteral("numericChallengeEnabled"), true},
            {QStringLiteral("organizationName"), QStringLiteral("Acme Corp")},
            {QStringLiteral("followUpWindowMinutes"), 10}};
}

QJsonObject demoAccount() {
    return {{QStringLiteral("name"), QStringLiteral("Acme Corp")},
            {QStringLiteral("features"),
             QJsonObject{{QStringLiteral("helpdeskPushVerification"), true}}}};
}

QJsonObject merged(QJsonObject base, const QJsonObject &patch) {
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

class TestServerSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readableByAnyOperator_data();
    void readableByAnyOperator();
    void putPolicyPartial_data();
    void putPolicyPartial();
    void putPolicyNeedsEdit_data();
    void putPolicyNeedsEdit();
    void putPolicyRefused_data();
    void putPolicyRefused();
    void putAccountPartial();
    void putAccountNeedsEdit();
    void putAccountRefused_data();
    void putAccountRefused();

private:
    QJsonObject get(const QString &path);

    ServerHarness m_h;
};

void TestServerSettings::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestServerSettings::cleanup() {
    // Each test starts from the demo settings.
    VD_VERIFY_STATUS(m_h.putPolicy(demoPolicy()), 200);
    VD_VERIFY_STATUS(m_h.putAccount(demoAccount()), 200);
}

QJsonObject TestServerSettings::get(const QString &path) {
    return m_h.http().get(path, {}, m_h.bearer(QStringLiteral("auditor"))).object();
}

void TestServerSettings::readableByAnyOperator_data() {
    QTest::addColumn<QString>("op");
    QTest::newRow("helpdesk") << QStringLiteral("helpdesk");
    QTest::newRow("auditor") << QStringLiteral("auditor");
    QTest::newRow("admin") << QStringLiteral("admin");
}

void TestServerSettings::readableByAnyOperator() {
    QFETCH(QString, op);
    const auto policy = m_h.http().get(PolicyPath, {}, m_h.bearer(op));
    VD_VERIFY_STATUS(policy, 200);
    QCOMPARE(policy.object(), demoPolicy());
    const auto account = m_h.http().get(AccountPath, {}, m_h.bearer(op));
    VD_VERIFY_STATUS(account, 200);
    QCOMPARE(account.object(), demoAccount());
}

void TestServerSettings::putPolicyPartial_data() {
    QTest::addColumn<QJsonObject>("patch");
    QTest::newRow("organization name")
        << QJsonObject{{QStringLiteral("organizationName"), QStringLiteral("Acme Test Ltd")}};
    QTest::newRow("push OTP off") << QJsonObject{{QStringLiteral("pushOtpEnabled"), false}};
    QTest::newRow("plain push") << QJsonObject{{QStringLiteral("numericChallengeEnabled"), false}};
    QTest::newRow("window 0 (off)") << QJsonObject{{QStringLiteral("followUpWindowMinutes"), 0}};
    QTest::newRow("window 1440") << QJsonObject{{QStringLiteral("followUpWindowMinutes"), 1440}};
    QTest::newRow("two fields") << QJsonObject{{QStringLiteral("pushOtpEnabled"), false},
                                               {QStringLiteral("followUpWindowMinutes"), 30}};
    QTest::newRow("unknown field ignored")
        << QJsonObject{{QStringLiteral("followUpWindowMinutes"), 5},
                       {QStringLiteral("theme"), QStringLiteral("dark")}};
    QTest::newRow("nothing") << QJsonObject();
}

void TestServerSettings::putPolicyPartial() {
    QFETCH(QJsonObject, patch);
    QJsonObject known = patch;
    known.remove(QStringLiteral("theme"));
    const QJsonObject expected = merged(demoPolicy(), known);
    const auto reply = m_h.putPolicy(patch);
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object(), expected);
    QCOMPARE(get(PolicyPath), expected);
    // A new session carries the new policy as well.
    const auto session =
        m_h.http().post(QStringLiteral("/api/v1/session"),
                        {{QStringLiteral("username"), QStringLiteral("helpdesk")},
                         {QStringLiteral("password"), QStringLiteral("helpdesk")}});
    VD_VERIFY_STATUS(session, 201);
    QCOMPARE(session.object().value(QStringLiteral("policy")).toObject(), expected);
}

void TestServerSettings::putPolicyNeedsEdit_data() {
    QTest::addColumn<QString>("op");
    QTest::newRow("helpdesk (policy view)") << QStringLiteral("helpdesk");
    QTest::newRow("auditor (policy view)") << QStringLiteral("auditor");
}

void TestServerSettings::putPolicyNeedsEdit() {
    QFETCH(QString, op);
    const auto reply =
        m_h.http().put(PolicyPath, {{QStringLiteral("pushOtpEnabled"), false}}, m_h.bearer(op));
    VD_VERIFY_ERROR(reply, 403, QStringLiteral("forbidden"));
    QCOMPARE(get(PolicyPath), demoPolicy());
}

void TestServerSettings::putPolicyRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString invalid = QStringLiteral("invalid_field");
    QTest::newRow("pushOtpEnabled a string") << QByteArray(R"({"pushOtpEnabled":"true"})")
                                             << invalid << QStringLiteral("pushOtpEnabled");
    QTest::newRow("numericChallengeEnabled a number")
        << QByteArray(R"({"numericChallengeEnabled":1})") << invalid
        << QStringLiteral("numericChallengeEnabled");
    QTest::newRow("organizationName a number") << QByteArray(R"({"organizationName":42})")
                                               << invalid << QStringLiteral("organizationName");
    QTest::newRow("organizationName empty") << QByteArray(R"({"organizationName":"  "})") << invalid
                                            << QStringLiteral("organizationName");
    QTest::newRow("window a string") << QByteArray(R"({"followUpWindowMinutes":"10"})") << invalid
                                     << QStringLiteral("followUpWindowMinutes");
    QTest::newRow("window fractional") << QByteArray(R"({"followUpWindowMinutes":10.5})") << invalid
                                       << QStringLiteral("followUpWindowMinutes");
    QTest::newRow("window 1441") << QByteArray(R"({"followUpWindowMinutes":1441})") << invalid
                                 << QStringLiteral("followUpWindowMinutes");
    QTest::newRow("window -1") << QByteArray(R"({"followUpWindowMinutes":-1})") << invalid
                               << QStringLiteral("followUpWindowMinutes");
    QTest::newRow("one good, one bad field")
        << QByteArray(R"({"pushOtpEnabled":false,"followUpWindowMinutes":100000})") << invalid
        << QStringLiteral("followUpWindowMinutes");
    QTest::newRow("malformed") << QByteArray("{pushOtpEnabled: false}")
                               << QStringLiteral("invalid_json") << QString();
}

void TestServerSettings::putPolicyRefused() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto reply = m_h.http().request("PUT", PolicyPath, body, "application/json",
                                          m_h.bearer(QStringLiteral("admin")));
    VD_VERIFY_ERROR(reply, 400, code);
    if (!field.isEmpty())
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
    // A refused PUT changes nothing, not even its valid fields.
    QCOMPARE(get(PolicyPath), demoPolicy());
}

void TestServerSettings::putAccountPartial() {
    const QJsonObject featureOff{
        {QStringLiteral("features"),
         QJsonObject{{QStringLiteral("helpdeskPushVerification"), false}}}};
    auto reply = m_h.putAccount(featureOff);
    VD_VERIFY_STATUS(reply, 200);
    QJsonObject expected = merged(demoAccount(), featureOff);
    QCOMPARE(reply.object(), expected);
    QCOMPARE(get(AccountPath), expected);

    reply = m_h.putAccount({{QStringLiteral("name"), QStringLiteral("Acme Holding")}});
    VD_VERIFY_STATUS(reply, 200);
    expected.insert(QStringLiteral("name"), QStringLiteral("Acme Holding"));
    QCOMPARE(reply.object(), expected); // the feature stays off
    QCOMPARE(get(AccountPath), expected);
}

void TestServerSettings::putAccountNeedsEdit() {
    const auto reply =
        m_h.http().put(AccountPath,
                       {{QStringLiteral("features"),
                         QJsonObject{{QStringLiteral("helpdeskPushVerification"), false}}}},
                       m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_ERROR(reply, 403, QStringLiteral("forbidden"));
    QCOMPARE(get(AccountPath), demoAccount());
}

void TestServerSettings::putAccountRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("name a number") << QByteArray(R"({"name":3})") << QStringLiteral("name");
    QTest::newRow("name empty") << QByteArray(R"({"name":""})") << QStringLiteral("name");
    QTest::newRow("features a string")
        << QByteArray(R"({"features":"on"})") << QStringLiteral("features");
    QTest::newRow("feature flag a string")
        << QByteArray(R"({"features":{"helpdeskPushVerification":"yes"}})")
        << QStringLiteral("helpdeskPushVerification");
}

void TestServerSettings::putAccountRefused() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto reply = m_h.http().request("PUT", AccountPath, body, "application/json",
                                          m_h.bearer(QStringLiteral("admin")));
    VD_VERIFY_ERROR(reply, 400, QStringLiteral("invalid_field"));
    QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
    QCOMPARE(get(AccountPath), demoAccount());
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_server_settings.moc"
