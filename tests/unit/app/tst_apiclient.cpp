// SPDX-License-Identifier: MIT
// ApiClient: every status/code → ApiFailure kind and message, request shape, decoding,
// cancellation, callback context and the 401 → sessionExpired rule.
#include "apiclient.h"
#include "faketransport.h"
#include "fixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using vd::app::ApiClient;
using vd::app::ApiFailure;
using vd::app::ApiResult;
using vd::app::HttpResponse;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using Kind = ApiFailure::Kind;
using NE = HttpResponse::NetworkError;

Q_DECLARE_METATYPE(HttpResponse)

namespace {
constexpr int kWait = 5000;
const QUrl kServer(QStringLiteral("https://vd.example.com:8443"));
} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failureMapping_data();
    void failureMapping();
    void retryAfterDate();
    void requestShape();
    void searchQueryEncoding_data();
    void searchQueryEncoding();
    void pathSegmentsEncoded();
    void bearerOnlyInHeader();
    void sessionCreateNeedsToken();
    void malformedRepliesAreFailures_data();
    void malformedRepliesAreFailures();
    void expiredOnlyForAuthenticatedCalls();
    void cancelDropsCallback();
    void deadContextDropsCallback();
    void decodesVerification();
    void auditParameters();
};

void TestApiClient::failureMapping_data() {
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfter");

    const auto err = [](int status, const char *code) {
        return FakeTransport::error(status, QString::fromLatin1(code), QStringLiteral("detail"));
    };
    QTest::newRow("unreachable")
        << FakeTransport::networkError(NE::Unreachable) << int(Kind::Unreachable) << QString()
        << QStringLiteral("Cannot reach the VerifyDesk server at https://vd.example.com:8443. "
                          "Check the address and your network.")
        << -1;
    QTest::newRow("timeout")
        << FakeTransport::networkError(NE::Timeout, QStringLiteral("timed out"))
        << int(Kind::Timeout) << QString()
        << QStringLiteral("The VerifyDesk server at https://vd.example.com:8443 did not answer "
                          "in time. Try again; if it keeps happening, check your network or "
                          "contact IT.")
        << -1;
    QTest::newRow("tls")
        << FakeTransport::networkError(NE::Tls, QStringLiteral("The certificate is self-signed"))
        << int(Kind::Tls) << QString()
        << QStringLiteral("The secure connection to https://vd.example.com:8443 could not be "
                          "verified (The certificate is self-signed). Check the server address, "
                          "or ask IT for the certificate authority bundle to configure.")
        << -1;
    QTest::newRow("400 invalid_field")
        << err(400, "invalid_field") << int(Kind::BadRequest) << QStringLiteral("invalid_field")
        << QStringLiteral("The server refused the request (HTTP 400, invalid_field). Make sure "
                          "the console and the server versions match.")
        << -1;
    QTest::newRow("401 invalid_credentials")
        << err(401, "invalid_credentials") << int(Kind::Unauthenticated)
        << QStringLiteral("invalid_credentials")
        << QStringLiteral("The username or password is incorrect.") << -1;
    QTest::newRow("401 unauthenticated")
        << err(401, "unauthenticated") << int(Kind::Unauthenticated)
        << QStringLiteral("unauthenticated")
        << QStringLiteral("Your session has expired. Please sign in again.") << -1;
    QTest::newRow("403 forbidden")
        << err(403, "forbidden") << int(Kind::Forbidden) << QStringLiteral("forbidden")
        << QStringLiteral("Your role does not allow this action. Ask an administrator if you "
                          "need it.")
        << -1;
    QTest::newRow("403 feature_disabled")
        << err(403, "feature_disabled") << int(Kind::Forbidden)
        << QStringLiteral("feature_disabled")
        << QStringLiteral("Helpdesk Push Verification is not enabled for this account. Contact "
                          "your account administrator.")
        << -1;
    QTest::newRow("403 verification_required")
        << err(403, "verification_required") << int(Kind::Forbidden)
        << QStringLiteral("verification_required")
        << QStringLiteral("This action needs an approved push verification of this user within "
                          "the follow-up window. Verify the caller first.")
        << -1;
    QTest::newRow("404") << err(404, "not_found") << int(Kind::NotFound)
                         << QStringLiteral("not_found")
                         << QStringLiteral("The requested item was not found on the server. It "
                                           "may have been removed; refresh and try again.")
                         << -1;
    QTest::newRow("409 verification_pending")
        << err(409, "verification_pending") << int(Kind::Conflict)
        << QStringLiteral("verification_pending")
        << QStringLiteral("A verification is already waiting for this token.") << -1;
    QTest::newRow("409 already_finished")
        << err(409, "already_finished") << int(Kind::Conflict) << QStringLiteral("already_finished")
        << QStringLiteral("This verification has already finished.") << -1;
    QTest::newRow("422 not_push_capable")
        << err(422, "not_push_capable") << int(Kind::Unprocessable)
        << QStringLiteral("not_push_capable")
        << QStringLiteral("This token cannot receive push notifications; only MobilePASS+ tokens "
                          "can.")
        << -1;
    QTest::newRow("422 other") << err(422, "invalid_choice") << int(Kind::Unprocessable)
                               << QStringLiteral("invalid_choice")
                               << QStringLiteral("The server could not carry out this request: "
                                                 "detail")
                               << -1;
    HttpResponse limited = err(429, "rate_limited");
    limited.headers.append({QByteArray("Retry-After"), QByteArray("30")});
    QTest::newRow("429 with Retry-After")
        << limited << int(Kind::RateLimited) << QStringLiteral("rate_limited")
        << QStringLiteral("Too many attempts. Try again in 30 second(s).") << 30;
    QTest::newRow("429 without Retry-After")
        << err(429, "rate_limited") << int(Kind::RateLimited) << QStringLiteral("rate_limited")
        << QStringLiteral("Too many attempts. Wait a moment and try again.") << -1;
    QTest::newRow("500") << FakeTransport::raw(500, "<html>oops</html>") << int(Kind::Server)
                         << QString()
                         << QStringLiteral("The VerifyDesk server at https://vd.example.com:8443 "
                                           "had a problem (HTTP 500). Try again later; if it "
                                           "keeps happening, contact IT.")
                         << -1;
    QTest::newRow("503") << err(503, "server_busy") << int(Kind::Server)
                         << QStringLiteral("server_busy")
                         << QStringLiteral("The VerifyDesk server at https://vd.example.com:8443 "
                                           "had a problem (HTTP 503). Try again later; if it "
                                           "keeps happening, contact IT.")
                         << -1;
    QTest::newRow("302 not followed")
        << FakeTransport::raw(302, {}) << int(Kind::Other) << QString()
        << QStringLiteral("The server at https://vd.example.com:8443 gave an unexpected answer "
                          "(HTTP 302). Check the server address.")
        << -1;
}

void TestApiClient::failureMapping() {
    QFETCH(HttpResponse, response);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);

    // Through the client, as every caller sees it.
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    api.setSessionToken("tok");
    transport.route("GET", QStringLiteral("/api/v1/policy"), response);
    std::optional<ApiResult<vd::protocol::Policy>> result;
    api.policy(this, [&result](const ApiResult<vd::protocol::Policy> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(!result->ok());
    const ApiFailure &f = result->failure();
    QCOMPARE(ApiFailure::kindName(f.kind), ApiFailure::kindName(Kind(kind)));
    QCOMPARE(f.code, code);
    QCOMPARE(f.message, message);
    QCOMPARE(f.retryAfterSeconds, retryAfter);
    QCOMPARE(f.httpStatus, response.status);
}

void TestApiClient::retryAfterDate() {
    HttpResponse r = FakeTransport::error(429, QStringLiteral("rate_limited"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(120);
    r.headers.append({QByteArray("Retry-After"), at.toString(Qt::RFC2822Date).toLatin1()});
    const ApiFailure f = ApiFailure::fromResponse(r, kServer);
    QVERIFY2(f.retryAfterSeconds >= 100 && f.retryAfterSeconds <= 121,
             qPrintable(QString::number(f.retryAfterSeconds)));
}

void TestApiClient::requestShape() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470/")));
    api.setSessionToken("tok");
    api.createVerification(QStringLiteral("jdoe"), QStringLiteral("MP-1001"),
                           QStringLiteral("INC-42"), this, {});
    api.cancelVerification(QStringLiteral("v1"), this, {});
    api.tokenAction(QStringLiteral("MP-1001"), vd::wire::FollowUpAction::ResetPin,
                    QStringLiteral("v1"), this, {});
    api.updateToken(QStringLiteral("MP-1001"), {false, std::nullopt}, this, {});
    api.deleteSession(this, {});
    const auto &all = transport.all();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all[0].request.method, QByteArray("POST"));
    QCOMPARE(all[0].request.url.toString(),
             QStringLiteral("http://127.0.0.1:8470/api/v1/verifications"));
    QCOMPARE(all[0].json(), (QJsonObject{{QStringLiteral("userId"), QStringLiteral("jdoe")},
                                         {QStringLiteral("tokenSerial"), QStringLiteral("MP-1001")},
                                         {QStringLiteral("ticket"), QStringLiteral("INC-42")}}));
    QCOMPARE(all[1].request.method, QByteArray("DELETE"));
    QCOMPARE(all[1].request.url.path(), QStringLiteral("/api/v1/verifications/v1"));
    QCOMPARE(all[2].request.url.path(), QStringLiteral("/api/v1/tokens/MP-1001/actions"));
    QCOMPARE(all[2].json().value(QStringLiteral("action")).toString(), QStringLiteral("reset_pin"));
    QCOMPARE(all[3].request.method, QByteArray("PATCH"));
    QCOMPARE(all[3].json(), (QJsonObject{{QStringLiteral("pushEnabled"), false}}));
    QCOMPARE(all[4].request.method, QByteArray("DELETE"));
    QCOMPARE(all[4].request.url.path(), QStringLiteral("/api/v1/session"));
}

void TestApiClient::searchQueryEncoding_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("doe");
    QTest::newRow("spaces") << QStringLiteral("john doe");
    QTest::newRow("delimiters") << QStringLiteral("a&b=c#d?e");
    QTest::newRow("plus and percent") << QStringLiteral("a+b %20c");
    QTest::newRow("unicode") << QStringLiteral("Zoë Łukasz");
}

void TestApiClient::searchQueryEncoding() {
    QFETCH(QString, text);
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    api.searchUsers(text, 50, 50, this, {});
    const QUrl url = transport.all().first().request.url;
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), text);
    QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QStringLiteral("50"));
    QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    // No literal '+' on the wire: some servers read it as a space.
    QVERIFY(
        !url.query(QUrl::FullyEncoded).section(QLatin1Char('&'), 0, 0).contains(QLatin1Char('+')));
}

void TestApiClient::pathSegmentsEncoded() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    api.userDetail(QStringLiteral("a/b?c"), this, {});
    const QUrl url = transport.all().first().request.url;
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/api/v1/users/a%2Fb%3Fc"));
    QVERIFY(url.query().isEmpty());
}

void TestApiClient::bearerOnlyInHeader() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    const QByteArray token = "s3cr3t-session-token";
    api.setSessionToken(token);
    api.searchUsers(QStringLiteral("x"), 0, 50, this, {});
    api.createSession(QStringLiteral("helpdesk"), QStringLiteral("pw"), this, {});
    const auto &all = transport.all();
    QCOMPARE(all[0].request.bearerToken, token);
    QVERIFY(!all[0].request.url.toString().contains(QString::fromLatin1(token)));
    QVERIFY(all[1].request.bearerToken.isEmpty()); // sign-in carries no old token
    QVERIFY(!all[1].request.url.toString().contains(QLatin1String("pw")));
    api.clearSessionToken();
    QVERIFY(!api.hasSessionToken());
    api.policy(this, {});
    QVERIFY(transport.all().last().request.bearerToken.isEmpty());
}

void TestApiClient::sessionCreateNeedsToken() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    transport.route("POST", QStringLiteral("/api/v1/session"),
                    FakeTransport::json(201, Fixtures::session(QString()).toJson()));
    std::optional<ApiResult<vd::protocol::SessionInfo>> result;
    api.createSession(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"), this,
                      [&result](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(!result->ok());
    QCOMPARE(result->failure().kind, Kind::MalformedReply);
}

void TestApiClient::malformedRepliesAreFailures_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>login portal</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("missing fields") << QByteArray(R"({"total":1})");
    QTest::newRow("wrong type") << QByteArray(R"({"total":"1","items":[]})");
    QTest::newRow("bad item") << QByteArray(R"({"total":1,"items":[{"userId":5}]})");
}

void TestApiClient::malformedRepliesAreFailures() {
    QFETCH(QByteArray, body);
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    transport.route("GET", QStringLiteral("/api/v1/users"), FakeTransport::raw(200, body));
    std::optional<ApiResult<vd::protocol::Page<vd::protocol::User>>> result;
    api.searchUsers(QStringLiteral("x"), 0, 50, this, [&result](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(!result->ok());
    QCOMPARE(result->failure().kind, Kind::MalformedReply);
    QVERIFY(result->failure().message.contains(QLatin1String("could not read")));
}

void TestApiClient::expiredOnlyForAuthenticatedCalls() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    api.setSessionToken("tok");
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    transport.route("POST", QStringLiteral("/api/v1/session"),
                    FakeTransport::error(401, QStringLiteral("invalid_credentials")));
    transport.route("GET", QStringLiteral("/api/v1/account"),
                    FakeTransport::error(401, QStringLiteral("unauthenticated")));
    bool signInDone = false;
    api.createSession(QStringLiteral("a"), QStringLiteral("b"), this,
                      [&signInDone](const auto &) { signInDone = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signInDone, kWait);
    QCOMPARE(expired.size(), 0); // a wrong password is not an expired session
    api.account(this, {});
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, kWait);
}

void TestApiClient::cancelDropsCallback() {
    FakeTransport transport;
    transport.setHonourAbort(false);
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    transport.route("GET", QStringLiteral("/api/v1/policy"),
                    [](const vd::app::HttpRequest &) { return std::optional<HttpResponse>(); });
    bool called = false;
    const auto id = api.policy(this, [&called](const auto &) { called = true; });
    QVERIFY(api.isActive(id));
    api.cancel(id);
    QVERIFY(!api.isActive(id));
    QCOMPARE(transport.abortedCount(), 1);
    transport.reply(transport.all().first().id,
                    FakeTransport::json(200, vd::protocol::Policy{}.toJson()));
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestApiClient::deadContextDropsCallback() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    transport.route("GET", QStringLiteral("/api/v1/policy"),
                    FakeTransport::json(200, vd::protocol::Policy{}.toJson()));
    bool called = false;
    auto *context = new QObject;
    api.policy(context, [&called](const auto &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestApiClient::decodesVerification() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    const auto v =
        Fixtures::verification(QStringLiteral("v9"), vd::wire::VerificationState::Pending,
                               QDateTime::currentDateTimeUtc());
    transport.route("GET", QStringLiteral("/api/v1/verifications/v9"),
                    FakeTransport::json(200, v.toJson()));
    std::optional<ApiResult<vd::protocol::Verification>> result;
    api.verification(QStringLiteral("v9"), this, [&result](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(result->ok());
    QCOMPARE(result->value().id, QStringLiteral("v9"));
    QCOMPARE(result->value().verificationNumber, std::optional<QString>(QStringLiteral("47")));
}

void TestApiClient::auditParameters() {
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(kServer);
    vd::app::AuditQuery q;
    q.offset = 100;
    q.limit = 25;
    q.userId = QStringLiteral("jdoe");
    q.from = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    api.authenticationAudit(q, this, {});
    q.operatorName = QStringLiteral("helpdesk");
    q.actionType = QStringLiteral("HelpdeskPushVerification");
    api.operatorAudit(q, this, {});
    const QUrlQuery a(transport.all().at(0).request.url);
    QCOMPARE(transport.all().at(0).request.url.path(),
             QStringLiteral("/api/v1/audit/authentication"));
    QCOMPARE(a.queryItemValue(QStringLiteral("userId")), QStringLiteral("jdoe"));
    QCOMPARE(a.queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
    QCOMPARE(a.queryItemValue(QStringLiteral("limit")), QStringLiteral("25"));
    QCOMPARE(a.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
             QStringLiteral("2026-12-01T00:00:00.000Z"));
    QVERIFY(!a.hasQueryItem(QStringLiteral("to")));
    const QUrlQuery o(transport.all().at(1).request.url);
    QCOMPARE(o.queryItemValue(QStringLiteral("operator")), QStringLiteral("helpdesk"));
    QCOMPARE(o.queryItemValue(QStringLiteral("actionType")),
             QStringLiteral("HelpdeskPushVerification"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
