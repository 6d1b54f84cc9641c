// SPDX-License-Identifier: MIT
// Session: sign-in, keep-signed-in through the vault, restore, sign-out wipes, expiry.
#include "apiclient.h"
#include "eventstream.h"
#include "fakeeventsocket.h"
#include "faketokenvault.h"
#include "faketransport.h"
#include "fixtures.h"
#include "session.h"

#include <QSignalSpy>
#include <QTest>

using vd::app::ApiClient;
using vd::app::ApiFailure;
using vd::app::HttpResponse;
using vd::app::Session;
using vd::app::TokenVault;
using vd::test::FakeTokenVault;
using vd::test::FakeTransport;
using vd::test::Fixtures;

namespace {
constexpr int kWait = 5000;
const QString kSession = QStringLiteral("/api/v1/session");
const QUrl kServer(QStringLiteral("http://127.0.0.1:8470"));
} // namespace

class TestSession : public QObject {
    Q_OBJECT

    struct Rig {
        FakeTransport transport;
        ApiClient api{&transport};
        FakeTokenVault vault;
        Session session{&api, &vault};
        Rig() {
            api.setServerUrl(kServer);
            transport.route(
                "POST", kSession,
                FakeTransport::json(201, Fixtures::session(QStringLiteral("tok-1")).toJson()));
            transport.route("GET", kSession,
                            FakeTransport::json(200, Fixtures::session(QString()).toJson()));
            transport.route("DELETE", kSession, FakeTransport::noContent());
        }
        QString key() const { return TokenVault::keyFor(kServer, QStringLiteral("helpdesk")); }
        void signIn(bool keep) {
            QSignalSpy done(&session, &Session::signedIn);
            session.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk-pw"), keep);
            QVERIFY(QTest::qWaitFor([&] { return done.size() == 1; }, kWait));
        }
    };

private Q_SLOTS:
    void signInExposesOperator();
    void signInFailure_data();
    void signInFailure();
    void keepSignedInStoresInVault();
    void notKeepingWipesEarlierToken();
    void noKeychainWarnsButSignsIn();
    void restoreFromVault();
    void restoreRejectedTokenIsWiped();
    void restoreWithoutEntry();
    void signOutWipesEverything();
    void expiryFromAny401();
    void keyNormalizesServer();
    void runsTheEventStream();
};

void TestSession::signInExposesOperator() {
    Rig rig;
    rig.signIn(false);
    QVERIFY(rig.session.isSignedIn());
    QCOMPARE(rig.session.username(), QStringLiteral("helpdesk"));
    QCOMPARE(rig.session.operatorInfo().displayName, QStringLiteral("Help Desk"));
    QCOMPARE(rig.session.permissions().authenticationMethods, vd::wire::Permission::Edit);
    QVERIFY(rig.session.account().helpdeskPushVerification);
    QCOMPARE(rig.session.policy().organizationName, QStringLiteral("Acme Corp"));
    QVERIFY(rig.api.hasSessionToken());
    const auto post = rig.transport.matching("POST", kSession).first();
    QCOMPARE(post.json().value(QStringLiteral("username")).toString(), QStringLiteral("helpdesk"));
    // Later calls carry the new token.
    rig.api.policy(nullptr, {});
    QCOMPARE(rig.transport.all().last().request.bearerToken, QByteArray("tok-1"));
}

void TestSession::signInFailure_data() {
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad credentials")
        << FakeTransport::error(401, QStringLiteral("invalid_credentials"))
        << QStringLiteral("The username or password is incorrect.");
    QTest::newRow("locked out") << [] {
        auto r = FakeTransport::error(429, QStringLiteral("rate_limited"));
        r.headers.append({QByteArray("Retry-After"), QByteArray("60")});
        return r;
    }() << QStringLiteral("Too many attempts. Try again in 60 second(s).");
    QTest::newRow("server down") << FakeTransport::networkError(
                                        HttpResponse::NetworkError::Unreachable)
                                 << QStringLiteral("Cannot reach the VerifyDesk server at "
                                                   "http://127.0.0.1:8470. Check the address and "
                                                   "your network.");
}

void TestSession::signInFailure() {
    QFETCH(HttpResponse, response);
    QFETCH(QString, message);
    Rig rig;
    rig.transport.route("POST", kSession, response);
    QSignalSpy failed(&rig.session, &Session::signInFailed);
    QSignalSpy expired(&rig.session, &Session::sessionExpired);
    rig.session.signIn(QStringLiteral("helpdesk"), QStringLiteral("wrong"), true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(failed.first().first().value<ApiFailure>().message, message);
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.api.hasSessionToken());
    QVERIFY(rig.vault.entries.isEmpty());
    QCOMPARE(expired.size(), 0);
}

void TestSession::keepSignedInStoresInVault() {
    Rig rig;
    rig.signIn(true);
    QTRY_COMPARE_WITH_TIMEOUT(rig.vault.entries.value(rig.key()), QByteArray("tok-1"), kWait);
}

void TestSession::notKeepingWipesEarlierToken() {
    Rig rig;
    rig.vault.entries.insert(rig.key(), "old-token");
    rig.signIn(false);
    QTRY_VERIFY_WITH_TIMEOUT(rig.vault.entries.isEmpty(), kWait);
}

void TestSession::noKeychainWarnsButSignsIn() {
    Rig rig;
    rig.vault.setAvailable(false);
    QSignalSpy warning(&rig.session, &Session::keychainWarning);
    rig.signIn(true);
    QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, kWait);
    QCOMPARE(warning.first().first().toString(),
             QStringLiteral("No system keychain is available, so you will need to sign in next "
                            "time."));
    QVERIFY(rig.session.isSignedIn());
}

void TestSession::restoreFromVault() {
    Rig rig;
    rig.vault.entries.insert(rig.key(), "stored-token");
    QSignalSpy signedIn(&rig.session, &Session::signedIn);
    rig.session.restore(QStringLiteral("helpdesk"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kWait);
    const auto get = rig.transport.matching("GET", kSession).first();
    QCOMPARE(get.request.bearerToken, QByteArray("stored-token"));
    QCOMPARE(rig.session.operatorInfo().username, QStringLiteral("helpdesk"));
    QCOMPARE(rig.transport.count("POST", kSession), 0); // no password needed
}

void TestSession::restoreRejectedTokenIsWiped() {
    Rig rig;
    rig.vault.entries.insert(rig.key(), "stale-token");
    rig.transport.route("GET", kSession,
                        FakeTransport::error(401, QStringLiteral("unauthenticated")));
    QSignalSpy failed(&rig.session, &Session::restoreFailed);
    QSignalSpy expired(&rig.session, &Session::sessionExpired);
    rig.session.restore(QStringLiteral("helpdesk"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rig.vault.entries.isEmpty(), kWait);
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.api.hasSessionToken());
    QCOMPARE(expired.size(), 0); // never signed in, so nothing "expired"
}

void TestSession::restoreWithoutEntry() {
    Rig rig;
    QSignalSpy failed(&rig.session, &Session::restoreFailed);
    rig.session.restore(QStringLiteral("helpdesk"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(rig.transport.all().size(), 0);
}

void TestSession::signOutWipesEverything() {
    Rig rig;
    rig.signIn(true);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.vault.entries.isEmpty(), kWait);
    QSignalSpy out(&rig.session, &Session::signedOut);
    rig.session.signOut();
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.api.hasSessionToken()); // memory wiped at once
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWait);
    const auto del = rig.transport.matching("DELETE", kSession);
    QCOMPARE(del.size(), 1);
    QCOMPARE(del.first().request.bearerToken, QByteArray("tok-1"));
    QVERIFY(rig.vault.entries.isEmpty());
}

void TestSession::expiryFromAny401() {
    Rig rig;
    rig.signIn(true);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.vault.entries.isEmpty(), kWait);
    rig.transport.route("GET", QStringLiteral("/api/v1/users"),
                        FakeTransport::error(401, QStringLiteral("unauthenticated")));
    QSignalSpy expired(&rig.session, &Session::sessionExpired);
    rig.api.searchUsers(QStringLiteral("x"), 0, 50, nullptr, {});
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, kWait);
    QVERIFY(!rig.session.isSignedIn());
    QVERIFY(!rig.api.hasSessionToken());
    QTRY_VERIFY_WITH_TIMEOUT(rig.vault.entries.isEmpty(), kWait);
}

void TestSession::keyNormalizesServer() {
    const QString u = QStringLiteral("helpdesk");
    const QString a = TokenVault::keyFor(QUrl(QStringLiteral("https://VD.example.com:443/")), u);
    QCOMPARE(a, TokenVault::keyFor(QUrl(QStringLiteral("https://vd.example.com")), u));
    QCOMPARE(a, QStringLiteral("https://vd.example.com|helpdesk"));
    QVERIFY(a != TokenVault::keyFor(QUrl(QStringLiteral("https://vd.example.com:8443")), u));
    QVERIFY(a != TokenVault::keyFor(QUrl(QStringLiteral("https://vd.example.com")),
                                    QStringLiteral("admin")));
}

void TestSession::runsTheEventStream() {
    Rig rig;
    auto *socket = new vd::test::FakeEventSocket;
    vd::app::EventStream stream(socket);
    rig.session.attachEventStream(&stream);
    rig.signIn(true);
    QVERIFY(stream.isStarted());
    QCOMPARE(socket->openCount(), 1);
    QCOMPARE(socket->requests().last().url().toString(),
             QStringLiteral("ws://127.0.0.1:8470/api/v1/events"));
    QCOMPARE(socket->requests().last().rawHeader("Authorization"), QByteArray("Bearer tok-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.vault.entries.isEmpty(), kWait);

    QSignalSpy out(&rig.session, &Session::signedOut);
    rig.session.signOut();
    QVERIFY(!stream.isStarted());
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWait);

    // The next start: restored from the vault, the stream runs with the stored token.
    rig.vault.entries.insert(rig.key(), "kept-token");
    QSignalSpy in(&rig.session, &Session::signedIn);
    rig.session.restore(QStringLiteral("helpdesk"));
    QTRY_COMPARE_WITH_TIMEOUT(in.size(), 1, kWait);
    QVERIFY(stream.isStarted());
    QCOMPARE(socket->requests().last().rawHeader("Authorization"), QByteArray("Bearer kept-token"));

    // Expiry stops it too.
    rig.transport.route("GET", QStringLiteral("/api/v1/account"),
                        FakeTransport::error(401, QStringLiteral("unauthenticated")));
    rig.api.account(nullptr, {});
    QTRY_VERIFY_WITH_TIMEOUT(!stream.isStarted(), kWait);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
