// SPDX-License-Identifier: MIT
// Operator sessions against the real server: sign-in body, refused credentials and bodies,
// GET and DELETE of the session, bearer checks on protected routes, and the sign-in lockout.
#include "serverharness.h"

#include "jsonreader.h"

#include <QDateTime>

using vd::test::ServerHarness;
using vd::test::TestHttp;

namespace {

const QString SessionPath = QStringLiteral("/api/v1/session");

QJsonObject credentials(const QString &username, const QString &password) {
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

} // namespace

class TestServerSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signIn_data();
    void signIn();
    void badCredentials_data();
    void badCredentials();
    void badBody_data();
    void badBody();
    void currentSession();
    void signOut();
    void badBearer_data();
    void badBearer();
    void lockout(); // last: it locks a demo operator for the rest of this server's life

private:
    void verifySessionBody(const QJsonObject &body, const QString &username, bool withToken);

    ServerHarness m_h;
};

void TestServerSession::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestServerSession::verifySessionBody(const QJsonObject &body, const QString &username,
                                          bool withToken) {
    if (withToken) {
        VD_VERIFY_KEYS(body, QStringLiteral("token"), QStringLiteral("expiresAt"),
                       QStringLiteral("operator"), QStringLiteral("account"),
                       QStringLiteral("policy"));
        QVERIFY(body.value(QStringLiteral("token")).toString().size() >= 32);
    } else {
        VD_VERIFY_KEYS(body, QStringLiteral("expiresAt"), QStringLiteral("operator"),
                       QStringLiteral("account"), QStringLiteral("policy"));
    }
    const auto expires =
        vd::protocol::parseTime(body.value(QStringLiteral("expiresAt")).toString());
    QVERIFY2(expires, qPrintable(body.value(QStringLiteral("expiresAt")).toString()));
    // 30 minutes without a request; the clocks of test and server are the same machine's.
    const qint64 inSeconds = QDateTime::currentDateTimeUtc().secsTo(*expires);
    QVERIFY2(inSeconds > 25 * 60 && inSeconds <= 30 * 60, qPrintable(QString::number(inSeconds)));

    const QJsonObject op = body.value(QStringLiteral("operator")).toObject();
    VD_VERIFY_KEYS(op, QStringLiteral("username"), QStringLiteral("displayName"),
                   QStringLiteral("role"), QStringLiteral("permissions"));
    QCOMPARE(op.value(QStringLiteral("username")).toString(), username);
    QVERIFY(!op.value(QStringLiteral("displayName")).toString().isEmpty());
    QVERIFY(!op.value(QStringLiteral("role")).toString().isEmpty());
    const QJsonObject perms = op.value(QStringLiteral("permissions")).toObject();
    VD_VERIFY_KEYS(perms, QStringLiteral("assignment.authenticationMethods"),
                   QStringLiteral("policy"), QStringLiteral("audit"));
    // API.md's demo operators.
    const QHash<QString, QStringList> expected{
        {QStringLiteral("helpdesk"),
         {QStringLiteral("edit"), QStringLiteral("view"), QStringLiteral("view")}},
        {QStringLiteral("auditor"),
         {QStringLiteral("view"), QStringLiteral("view"), QStringLiteral("view")}},
        {QStringLiteral("admin"),
         {QStringLiteral("edit"), QStringLiteral("edit"), QStringLiteral("view")}},
    };
    const QStringList want = expected.value(username);
    QCOMPARE(perms.value(QStringLiteral("assignment.authenticationMethods")).toString(),
             want.at(0));
    QCOMPARE(perms.value(QStringLiteral("policy")).toString(), want.at(1));
    QCOMPARE(perms.value(QStringLiteral("audit")).toString(), want.at(2));

    const QJsonObject account = body.value(QStringLiteral("account")).toObject();
    QCOMPARE(account,
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme Corp")},
                          {QStringLiteral("features"),
                           QJsonObject{{QStringLiteral("helpdeskPushVerification"), true}}}}));
    const QJsonObject policy = body.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy, (QJsonObject{{QStringLiteral("pushOtpEnabled"), true},
                                  {QStringLiteral("numericChallengeEnabled"), true},
                                  {QStringLiteral("organizationName"), QStringLiteral("Acme Corp")},
                                  {QStringLiteral("followUpWindowMinutes"), 10}}));
}

void TestServerSession::signIn_data() {
    QTest::addColumn<QString>("username");
    QTest::newRow("helpdesk") << QStringLiteral("helpdesk");
    QTest::newRow("auditor") << QStringLiteral("auditor");
    QTest::newRow("admin") << QStringLiteral("admin");
}

void TestServerSession::signIn() {
    QFETCH(QString, username);
    const auto reply = m_h.http().post(SessionPath, credentials(username, username));
    VD_VERIFY_STATUS(reply, 201);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    verifySessionBody(reply.object(), username, true);
    // Every sign-in is a new session.
    const auto again = m_h.http().post(SessionPath, credentials(username, username));
    VD_VERIFY_STATUS(again, 201);
    QVERIFY(again.object().value(QStringLiteral("token")) !=
            reply.object().value(QStringLiteral("token")));
}

void TestServerSession::badCredentials_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << QStringLiteral("helpdesk") << QStringLiteral("nope");
    QTest::newRow("password of another operator")
        << QStringLiteral("helpdesk") << QStringLiteral("admin");
    QTest::newRow("case of password") << QStringLiteral("admin") << QStringLiteral("ADMIN");
    QTest::newRow("empty password") << QStringLiteral("admin") << QString();
    QTest::newRow("unknown user") << QStringLiteral("mallory") << QStringLiteral("mallory");
    QTest::newRow("empty user") << QString() << QStringLiteral("x");
}

void TestServerSession::badCredentials() {
    QFETCH(QString, username);
    QFETCH(QString, password);
    const auto reply = m_h.http().post(SessionPath, credentials(username, password));
    VD_VERIFY_ERROR(reply, 401, QStringLiteral("invalid_credentials"));
    // Unknown user and wrong password read the same, so names cannot be probed.
    QVERIFY(!reply.errorMessage().contains(QLatin1String("unknown"), Qt::CaseInsensitive));
}

void TestServerSession::badBody_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // named in the message
    const QByteArray json("application/json");
    QTest::newRow("missing password")
        << QByteArray(R"({"username":"admin"})") << json << 400 << QStringLiteral("invalid_field")
        << QStringLiteral("password");
    QTest::newRow("missing username")
        << QByteArray(R"({"password":"admin"})") << json << 400 << QStringLiteral("invalid_field")
        << QStringLiteral("username");
    QTest::newRow("username a number")
        << QByteArray(R"({"username":7,"password":"admin"})") << json << 400
        << QStringLiteral("invalid_field") << QStringLiteral("username");
    QTest::newRow("password null")
        << QByteArray(R"({"username":"admin","password":null})") << json << 400
        << QStringLiteral("invalid_field") << QStringLiteral("password");
    QTest::newRow("malformed JSON") << QByteArray(R"({"username":"admin",)") << json << 400
                                    << QStringLiteral("invalid_json") << QString();
    QTest::newRow("JSON array") << QByteArray(R"(["admin","admin"])") << json << 400
                                << QStringLiteral("invalid_json") << QString();
    QTest::newRow("empty body") << QByteArray() << json << 400 << QStringLiteral("invalid_json")
                                << QString();
    QTest::newRow("form post") << QByteArray("username=admin&password=admin")
                               << QByteArray("application/x-www-form-urlencoded") << 415
                               << QStringLiteral("unsupported_media_type") << QString();
}

void TestServerSession::badBody() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto reply = m_h.http().request("POST", SessionPath, body, contentType);
    VD_VERIFY_ERROR(reply, status, code);
    if (!field.isEmpty())
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
}

void TestServerSession::currentSession() {
    const QByteArray token = m_h.bearer(QStringLiteral("auditor"));
    QVERIFY(!token.isEmpty());
    const auto reply = m_h.http().get(SessionPath, {}, token);
    VD_VERIFY_STATUS(reply, 200);
    verifySessionBody(reply.object(), QStringLiteral("auditor"), false);
}

void TestServerSession::signOut() {
    const QByteArray token =
        m_h.http().signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"));
    QVERIFY(!token.isEmpty());
    VD_VERIFY_STATUS(m_h.http().get(SessionPath, {}, token), 200);

    const auto bye = m_h.http().del(SessionPath, {}, token);
    VD_VERIFY_STATUS(bye, 204);
    QVERIFY2(bye.body.isEmpty(), bye.body.constData());

    // The token is dead everywhere, and signing out again is just as unauthenticated.
    VD_VERIFY_ERROR(m_h.http().get(SessionPath, {}, token), 401, QStringLiteral("unauthenticated"));
    VD_VERIFY_ERROR(m_h.http().get(QStringLiteral("/api/v1/users?q=doe"), {}, token), 401,
                    QStringLiteral("unauthenticated"));
    VD_VERIFY_ERROR(m_h.http().del(SessionPath, {}, token), 401, QStringLiteral("unauthenticated"));
    // Other sessions of the same operator live on.
    VD_VERIFY_STATUS(m_h.http().get(SessionPath, {}, m_h.bearer(QStringLiteral("helpdesk"))), 200);
}

void TestServerSession::badBearer_data() {
    QTest::addColumn<QByteArray>("authorization"); // the whole header; empty: none
    QTest::addColumn<QString>("path");
    const QList<QPair<const char *, QByteArray>> headers{
        {"no header", QByteArray()},
        {"scheme only", QByteArray("Bearer")},
        {"scheme and space", QByteArray("Bearer ")},
        {"garbage token", QByteArray("Bearer garbage")},
        {"basic scheme", QByteArray("Basic YWRtaW46YWRtaW4=")},
        {"very long token", QByteArray("Bearer ") + QByteArray(4000, 'A')},
        {"non-ASCII token", QByteArray("Bearer \x80\xfe\xff")},
    };
    const QStringList paths{SessionPath,
                            QStringLiteral("/api/v1/users?q=doe"),
                            QStringLiteral("/api/v1/users/jdoe"),
                            QStringLiteral("/api/v1/policy"),
                            QStringLiteral("/api/v1/account"),
                            QStringLiteral("/api/v1/audit/authentication"),
                            QStringLiteral("/api/v1/audit/operator"),
                            QStringLiteral("/api/v1/verifications/0123")};
    for (const auto &h : headers) {
        for (const QString &p : paths)
            QTest::addRow("%s %s", h.first, qPrintable(p)) << h.second << p;
    }
}

void TestServerSession::badBearer() {
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QList<TestHttp::Header> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const auto reply = m_h.http().request("GET", path, {}, {}, {}, headers);
    VD_VERIFY_ERROR(reply, 401, QStringLiteral("unauthenticated"));
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
}

void TestServerSession::lockout() {
    const QString victim = QStringLiteral("auditor");
    // A successful sign-in clears earlier failures, so the count starts here.
    QVERIFY(!m_h.http().signIn(victim, victim).isEmpty());
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const auto reply = m_h.http().post(SessionPath, credentials(victim, QStringLiteral("bad")));
        VD_VERIFY_ERROR(reply, 401, QStringLiteral("invalid_credentials"));
    }
    // Locked: even the right password is refused, with a usable Retry-After.
    const auto locked = m_h.http().post(SessionPath, credentials(victim, victim));
    VD_VERIFY_ERROR(locked, 429, QStringLiteral("rate_limited"));
    bool ok = false;
    const int retryAfter = locked.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 15 * 60,
             locked.header("Retry-After").constData());
    VD_VERIFY_ERROR(m_h.http().post(SessionPath, credentials(victim, QStringLiteral("bad"))), 429,
                    QStringLiteral("rate_limited"));

    // The lock is the user's only: others sign in, and existing sessions keep working.
    QVERIFY(!m_h.http().signIn(QStringLiteral("admin"), QStringLiteral("admin")).isEmpty());
    VD_VERIFY_STATUS(m_h.http().get(SessionPath, {}, m_h.bearer(victim)), 200);
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_server_session.moc"
