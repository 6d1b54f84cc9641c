// SPDX-License-Identifier: MIT
// The generic answers of the real server: body limits (413), media type (415), broken and
// mistyped JSON (400), unknown routes (404 JSON), wrong methods (405 with Allow), 204 without a
// body, and the unauthenticated operations routes. The route-specific 401/403/409/410/422/429
// live with their routes (session, dispatch, cancel, verification suites).
#include "serverharness.h"

#include <QJsonDocument>

using vd::test::ServerHarness;
using vd::test::TestHttp;

namespace {

constexpr int MaxBody = 64 * 1024;

// A sign-in body of exactly size bytes (unknown fields are ignored, so padding is harmless).
QByteArray signInBodyOfSize(int size) {
    const QByteArray head(R"({"username":"admin","password":"admin","padding":")");
    const QByteArray tail(R"("})");
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

QList<QByteArray> allowedOf(const TestHttp::Reply &reply) {
    QList<QByteArray> methods;
    for (const QByteArray &m : reply.header("Allow").split(','))
        methods.append(m.trimmed());
    return methods;
}

} // namespace

class TestServerErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bodyLimit_data();
    void bodyLimit();
    void bodyLimitBeforeBuffering_data();
    void bodyLimitBeforeBuffering();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void invalidJson_data();
    void invalidJson();
    void unknownRoute_data();
    void unknownRoute();
    void wrongMethod_data();
    void wrongMethod();
    void noContentHasNoBody();
    void health();
    void metrics();

private:
    ServerHarness m_h;
};

void TestServerErrors::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestServerErrors::bodyLimit_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");
    QTest::newRow("64 KiB exactly") << MaxBody << 201;
    QTest::newRow("64 KiB + 1") << MaxBody + 1 << 413;
    QTest::newRow("512 KiB") << 512 * 1024 << 413;
}

void TestServerErrors::bodyLimit() {
    QFETCH(int, size);
    QFETCH(int, status);
    const QByteArray body = signInBodyOfSize(size);
    QCOMPARE(body.size(), size);
    const auto reply =
        m_h.http().request("POST", QStringLiteral("/api/v1/session"), body, "application/json");
    if (status == 413)
        VD_VERIFY_ERROR(reply, 413, QStringLiteral("payload_too_large"));
    else
        VD_VERIFY_STATUS(reply, status);
    QVERIFY(m_h.isHealthy());
}

void TestServerErrors::bodyLimitBeforeBuffering_data() {
    // Raw requests that announce (or start) a huge body and send only its beginning: the answer
    // must come without the server waiting for, or buffering, the rest. (QNetworkAccessManager
    // would insist on uploading all of it first and lose the early answer.)
    QTest::addColumn<QByteArray>("request");
    const QByteArray head = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\n";
    QTest::newRow("8 MiB announced, nothing sent")
        << QByteArray(head + "Content-Length: 8388608\r\n\r\n");
    QTest::newRow("100 MB announced, 70 KiB sent")
        << QByteArray(head + "Content-Length: 100000000\r\n\r\n" + QByteArray(70 * 1024, 'x'));
    QTest::newRow("chunked, one 70 KiB chunk")
        << QByteArray(head + "Transfer-Encoding: chunked\r\n\r\n" +
                      QByteArray::number(70 * 1024, 16) + "\r\n" + QByteArray(70 * 1024, 'x'));
}

void TestServerErrors::bodyLimitBeforeBuffering() {
    QFETCH(QByteArray, request);
    const QByteArray raw = m_h.http().sendRaw(request, 10000);
    QCOMPARE(TestHttp::statusOfRaw(raw), 413);
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QJsonObject body = QJsonDocument::fromJson(raw.mid(headEnd + 4)).object();
    QCOMPARE(
        body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("payload_too_large"));
    QVERIFY(m_h.isHealthy());
}

void TestServerErrors::unsupportedMediaType_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray json(R"({"username":"admin","password":"admin"})");
    QTest::newRow("text/plain, JSON text") << QByteArray("text/plain") << json;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("username=admin&password=admin");
    QTest::newRow("xml") << QByteArray("application/xml")
                         << QByteArray("<session><username>admin</username></session>");
    QTest::newRow("octet stream") << QByteArray("application/octet-stream")
                                  << QByteArray("\x00\x01\x02", 3);
    QTest::newRow("no type, not JSON") << QByteArray() << QByteArray("username=admin");
}

void TestServerErrors::unsupportedMediaType() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const auto reply =
        m_h.http().request("POST", QStringLiteral("/api/v1/session"), body, contentType);
    VD_VERIFY_ERROR(reply, 415, QStringLiteral("unsupported_media_type"));
    // The same on an authenticated route.
    const auto put = m_h.http().request("PUT", QStringLiteral("/api/v1/policy"), body, contentType,
                                        m_h.bearer(QStringLiteral("admin")));
    VD_VERIFY_ERROR(put, 415, QStringLiteral("unsupported_media_type"));
}

void TestServerErrors::invalidJson_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString json = QStringLiteral("invalid_json");
    const QString field = QStringLiteral("invalid_field");
    QTest::newRow("truncated") << QByteArray(R"({"pushOtpEnabled":tr)") << json << QString();
    QTest::newRow("trailing comma")
        << QByteArray(R"({"pushOtpEnabled":true,})") << json << QString();
    QTest::newRow("single quotes") << QByteArray("{'pushOtpEnabled':true}") << json << QString();
    QTest::newRow("two objects") << QByteArray(R"({} {})") << json << QString();
    QTest::newRow("a string") << QByteArray(R"("policy")") << json << QString();
    QTest::newRow("a number") << QByteArray("42") << json << QString();
    QTest::newRow("null") << QByteArray("null") << json << QString();
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"organizationName\":\"\xff\xfe\"}") << json << QString();
    QTest::newRow("deeply nested") << QByteArray(4000, '[') << json << QString();
    QTest::newRow("wrong type") << QByteArray(R"({"numericChallengeEnabled":"no"})") << field
                                << QStringLiteral("numericChallengeEnabled");
    QTest::newRow("object for a boolean")
        << QByteArray(R"({"pushOtpEnabled":{}})") << field << QStringLiteral("pushOtpEnabled");
}

void TestServerErrors::invalidJson() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto reply = m_h.http().request("PUT", QStringLiteral("/api/v1/policy"), body,
                                          "application/json", m_h.bearer(QStringLiteral("admin")));
    VD_VERIFY_ERROR(reply, 400, code);
    if (!field.isEmpty())
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
}

void TestServerErrors::unknownRoute_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/");
    QTest::newRow("unknown top level") << QByteArray("GET") << QStringLiteral("/nope");
    QTest::newRow("unknown api route") << QByteArray("GET") << QStringLiteral("/api/v1/nope");
    QTest::newRow("another version") << QByteArray("GET") << QStringLiteral("/api/v2/policy");
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/api/v1/users/jdoe/tokens");
    QTest::newRow("POST unknown") << QByteArray("POST") << QStringLiteral("/api/v1/nothing");
    QTest::newRow("DELETE unknown") << QByteArray("DELETE") << QStringLiteral("/device/v1/nope");
    QTest::newRow("case matters") << QByteArray("GET") << QStringLiteral("/API/V1/POLICY");
}

void TestServerErrors::unknownRoute() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    // With or without a session: existence of a route is not a secret.
    for (const QByteArray &bearer : {QByteArray(), m_h.bearer(QStringLiteral("helpdesk"))}) {
        const auto reply = m_h.http().request(method, path, {}, {}, bearer);
        VD_VERIFY_ERROR(reply, 404, QStringLiteral("not_found"));
    }
}

void TestServerErrors::wrongMethod_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<QByteArray>>("allowed");
    using L = QList<QByteArray>;
    QTest::newRow("PATCH session")
        << QByteArray("PATCH") << QStringLiteral("/api/v1/session") << L{"POST", "GET", "DELETE"};
    QTest::newRow("DELETE policy")
        << QByteArray("DELETE") << QStringLiteral("/api/v1/policy") << L{"GET", "PUT"};
    QTest::newRow("POST account") << QByteArray("POST") << QStringLiteral("/api/v1/account")
                                  << L{"GET", "PUT"};
    QTest::newRow("POST users") << QByteArray("POST") << QStringLiteral("/api/v1/users")
                                << L{"GET"};
    QTest::newRow("DELETE user") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/jdoe")
                                 << L{"GET"};
    QTest::newRow("GET token") << QByteArray("GET") << QStringLiteral("/api/v1/tokens/MP-1001")
                               << L{"PATCH"};
    QTest::newRow("GET verifications")
        << QByteArray("GET") << QStringLiteral("/api/v1/verifications") << L{"POST"};
    QTest::newRow("PUT verification")
        << QByteArray("PUT") << QStringLiteral("/api/v1/verifications/x") << L{"GET", "DELETE"};
    QTest::newRow("GET activation")
        << QByteArray("GET") << QStringLiteral("/api/v1/tokens/MP-1001/activation") << L{"POST"};
    QTest::newRow("DELETE audit") << QByteArray("DELETE")
                                  << QStringLiteral("/api/v1/audit/operator") << L{"GET"};
    QTest::newRow("GET device activate")
        << QByteArray("GET") << QStringLiteral("/device/v1/activate") << L{"POST"};
    QTest::newRow("POST device requests")
        << QByteArray("POST") << QStringLiteral("/device/v1/requests") << L{"GET"};
    QTest::newRow("GET device response")
        << QByteArray("GET") << QStringLiteral("/device/v1/requests/x/response") << L{"POST"};
    QTest::newRow("POST healthz") << QByteArray("POST") << QStringLiteral("/healthz") << L{"GET"};
    QTest::newRow("DELETE metrics")
        << QByteArray("DELETE") << QStringLiteral("/metrics") << L{"GET"};
    QTest::newRow("POST events") << QByteArray("POST") << QStringLiteral("/api/v1/events")
                                 << L{"GET"};
}

void TestServerErrors::wrongMethod() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QList<QByteArray>, allowed);
    const QByteArray bearer = path.startsWith(QLatin1String("/api/v1/"))
                                  ? m_h.bearer(QStringLiteral("admin"))
                                  : QByteArray();
    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
    const auto reply = m_h.http().request(
        method, path, body, body.isEmpty() ? QByteArray() : "application/json", bearer);
    VD_VERIFY_ERROR(reply, 405, QStringLiteral("method_not_allowed"));
    const QList<QByteArray> got = allowedOf(reply);
    QCOMPARE(QSet<QByteArray>(got.begin(), got.end()),
             QSet<QByteArray>(allowed.begin(), allowed.end()));
}

void TestServerErrors::noContentHasNoBody() {
    // Over a raw socket, to see exactly what is on the wire.
    const QByteArray token =
        m_h.http().signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"));
    QVERIFY(!token.isEmpty());
    const QByteArray request = "DELETE /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer " +
                               token + "\r\nConnection: close\r\n\r\n";
    const QByteArray raw = m_h.http().sendRaw(request, 10000);
    QCOMPARE(TestHttp::statusOfRaw(raw), 204);
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY2(raw.size() == headEnd + 4, raw.constData());
    const QByteArray head = raw.left(headEnd).toLower();
    QVERIFY2(!head.contains("content-length:") || head.contains("content-length: 0"),
             head.constData());
    QVERIFY2(!head.contains("transfer-encoding"), head.constData());
}

void TestServerErrors::health() {
    const auto reply = m_h.http().get(QStringLiteral("/healthz"));
    VD_VERIFY_STATUS(reply, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.object(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void TestServerErrors::metrics() {
    m_h.http().get(QStringLiteral("/nope")); // something to count
    const auto reply = m_h.http().get(QStringLiteral("/metrics"));
    VD_VERIFY_STATUS(reply, 200);
    QVERIFY2(reply.header("Content-Type").startsWith("text/plain"),
             reply.header("Content-Type").constData());
    const QString text = QString::fromUtf8(reply.body);
    QVERIFY2(text.contains(QLatin1String("# TYPE verifydesk_http_requests_total counter")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("verifydesk_http_requests_total{code=\"4xx\"}")));
    // No secret in the metrics: the session token of this test is nowhere.
    QVERIFY(!reply.body.contains(m_h.bearer(QStringLiteral("helpdesk"))));
}

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_server_errors.moc"
