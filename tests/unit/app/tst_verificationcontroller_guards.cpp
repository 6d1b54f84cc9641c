// SPDX-License-Identifier: MIT
// VerificationController guards: reconnecting, 401, never-authenticated, POST errors, races.
#include "tst_verificationcontroller.h"

using namespace std::chrono_literals;
using vd::app::ApiClient;
using vd::app::HttpResponse;
using vd::app::VerificationController;
using vd::app::VerificationEventSource;
using vd::protocol::Verification;
using vd::test::FakeClock;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using VS = vd::wire::VerificationState;
using State = VerificationController::State;
using Severity = VerificationController::Severity;
using namespace vdtest;

void TestVerificationController::unauthorizedMidFlow() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.transport.route("GET", kV1, FakeTransport::error(401, QStringLiteral("unauthenticated")));
    QSignalSpy expired(&rig.controller, &VerificationController::sessionExpired);
    QSignalSpy apiExpired(&rig.api, &ApiClient::sessionExpired);
    QSignalSpy states(&rig.controller, &VerificationController::stateChanged);
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, kWait);
    QCOMPARE(rig.controller.state(), State::Hidden);
    QVERIFY(rig.controller.resultText().isEmpty());
    QVERIFY(apiExpired.size() >= 1);
    for (const auto &args : states)
        QVERIFY(args.at(0).value<State>() != State::Result);
    const int polls = rig.polls();
    QTest::qWait(100);
    QCOMPARE(rig.polls(), polls); // stopped
}

void TestVerificationController::unauthorizedOnPost() {
    Rig rig;
    rig.transport.route("POST", kPost,
                        FakeTransport::error(401, QStringLiteral("unauthenticated")));
    QSignalSpy expired(&rig.controller, &VerificationController::sessionExpired);
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, kWait);
    QCOMPARE(rig.controller.state(), State::Hidden);
}

void TestVerificationController::neverAuthenticatedWithoutServerApproval_data() {
    QTest::addColumn<QByteArray>("pollBody");
    QTest::addColumn<bool>("eventForOtherId");
    QTest::newRow("approved without required fields")
        << QByteArray(R"({"id":"v1","state":"approved"})") << false;
    QTest::newRow("state of wrong type")
        << QByteArray(R"({"id":"v1","userId":"jdoe","userName":"John Doe","tokenSerial":"MP-1001",)"
                      R"("operator":"helpdesk","ticket":null,"mode":"numeric_challenge",)"
                      R"("verificationNumber":"47","state":true,"reason":null,)"
                      R"("createdAt":"2026-12-03T10:00:00.000Z",)"
                      R"("expiresAt":"2026-12-03T10:02:00.000Z","completedAt":null})")
        << false;
    QTest::newRow("unknown state")
        << QByteArray(R"({"id":"v1","userId":"jdoe","userName":"John Doe","tokenSerial":"MP-1001",)"
                      R"("operator":"helpdesk","ticket":null,"mode":"numeric_challenge",)"
                      R"("verificationNumber":"47","state":"Approved","reason":null,)"
                      R"("createdAt":"2026-12-03T10:00:00.000Z",)"
                      R"("expiresAt":"2026-12-03T10:02:00.000Z","completedAt":null})")
        << false;
    QTest::newRow("not json") << QByteArray("approved") << false;
    QTest::newRow("json array") << QByteArray(R"([{"state":"approved"}])") << false;
    QTest::newRow("another id's approval by poll and event") << QByteArray() << true;
}

void TestVerificationController::neverAuthenticatedWithoutServerApproval() {
    QFETCH(QByteArray, pollBody);
    QFETCH(bool, eventForOtherId);
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    if (eventForOtherId) {
        const Verification other =
            rig.make(VS::Approved, vd::wire::Mode::NumericChallenge, QStringLiteral("v2"));
        rig.transport.route("GET", kV1, FakeTransport::json(200, other.toJson()));
    } else {
        rig.transport.route("GET", kV1, FakeTransport::raw(200, pollBody));
    }
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rig.polls() >= 3, kWait);
    if (eventForOtherId)
        Q_EMIT rig.events.verificationUpdated(
            rig.make(VS::Approved, vd::wire::Mode::NumericChallenge, QStringLiteral("v2")));
    QTest::qWait(50);
    QCOMPARE(rig.controller.state(), State::Waiting);
    QVERIFY(rig.controller.resultText().isEmpty());
    QVERIFY(!rig.sawResultText(kApproved));
    QCOMPARE(rig.controller.severity(), Severity::None);
}

void TestVerificationController::postErrors_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("403 forbidden") << 403 << QStringLiteral("forbidden")
                                   << QStringLiteral("Your role does not allow this action");
    QTest::newRow("403 feature_disabled")
        << 403 << QStringLiteral("feature_disabled")
        << QStringLiteral("Helpdesk Push Verification is not enabled");
    QTest::newRow("409 verification_pending")
        << 409 << QStringLiteral("verification_pending")
        << QStringLiteral("A verification is already waiting for this token.");
    QTest::newRow("422 not_push_capable")
        << 422 << QStringLiteral("not_push_capable") << QStringLiteral("only MobilePASS+ tokens");
    QTest::newRow("429 rate_limited")
        << 429 << QStringLiteral("rate_limited") << QStringLiteral("Too many attempts");
    QTest::newRow("network") << 0 << QString()
                             << QStringLiteral("Cannot reach the VerifyDesk "
                                               "server at http://127.0.0.1:8470");
    QTest::newRow("malformed 201") << 201 << QString() << QStringLiteral("could not read");
}

void TestVerificationController::postErrors() {
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    Rig rig;
    if (status == 0)
        rig.transport.route("POST", kPost,
                            FakeTransport::networkError(HttpResponse::NetworkError::Unreachable));
    else if (status == 201)
        rig.transport.route("POST", kPost, FakeTransport::raw(201, "{\"id\":\"v1\"}"));
    else
        rig.transport.route("POST", kPost, FakeTransport::error(status, code, QStringLiteral("x")));
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Error, kWait);
    const QString text = rig.controller.statusText();
    QVERIFY2(text.startsWith(QStringLiteral("Could not send the push: ")), qPrintable(text));
    QVERIFY2(text.contains(fragment), qPrintable(text));
    QVERIFY(rig.controller.resultText().isEmpty());
    for (const QString &five : {kApproved, kWrong, kDenied, kTimedOut, kNotSent})
        QVERIFY(!rig.resultTexts.contains(five));
    QVERIFY(!rig.controller.isInFlight());
    QCOMPARE(rig.polls(), 0);
    rig.controller.cancel(); // ✕ closes the error
    QCOMPARE(rig.controller.state(), State::Hidden);
}

void TestVerificationController::eventAppliesAtOnce() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.openPolls(), 1, kWait);
    Q_EMIT rig.events.verificationUpdated(rig.make(VS::Denied));
    // Synchronously: no poll answer needed.
    QCOMPARE(rig.controller.state(), State::Result);
    QCOMPARE(rig.controller.resultText(), kDenied);
    QCOMPARE(rig.openPolls(), 0); // the outstanding poll was aborted
}

void TestVerificationController::eventBeforePostReply() {
    Rig rig;
    rig.transport.route("POST", kPost,
                        [](const vd::app::HttpRequest &) { return std::optional<HttpResponse>(); });
    rig.holdPolls();
    rig.start();
    // The server announces the verification (and its instant approval) before the 201 lands.
    Q_EMIT rig.events.verificationUpdated(rig.make(VS::Approved));
    QCOMPARE(rig.controller.state(), State::Sending);
    const auto post = rig.transport.open("POST", kPost).first();
    rig.transport.reply(post.id, FakeTransport::json(201, rig.make(VS::Pending).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Result, kWait);
    QCOMPARE(rig.controller.resultText(), kApproved);
}

void TestVerificationController::plainMode() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending, vd::wire::Mode::PlainPush));
    rig.holdPolls();
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QCOMPARE(rig.controller.mode(), VerificationController::Mode::PlainPush);
    QVERIFY(rig.controller.verificationNumber().isEmpty());
    QCOMPARE(rig.controller.userName(), QStringLiteral("John Doe"));
    QCOMPARE(rig.controller.tokenSerial(), QStringLiteral("MP-1001"));
}

void TestVerificationController::startIgnoredWhileInFlight() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    rig.start();
    QTest::qWait(20);
    QCOMPARE(rig.transport.count("POST", kPost), 1);
    const auto post = rig.transport.matching("POST", kPost).first();
    QCOMPARE(post.json().value(QStringLiteral("userId")).toString(), QStringLiteral("jdoe"));
    QCOMPARE(post.json().value(QStringLiteral("tokenSerial")).toString(),
             QStringLiteral("MP-1001"));
    QVERIFY(!post.json().contains(QStringLiteral("ticket")));
}

void TestVerificationController::destroyedWhileWaitingCancelsOnServer() {
    FakeClock clock;
    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    transport.route(
        "POST", kPost,
        FakeTransport::json(
            201, Fixtures::verification(QStringLiteral("v1"), VS::Pending, clock.now()).toJson()));
    transport.route("GET", kV1,
                    [](const vd::app::HttpRequest &) { return std::optional<HttpResponse>(); });
    auto controller = std::make_unique<VerificationController>(&api, &clock, nullptr);
    controller->start(QStringLiteral("jdoe"), QStringLiteral("John Doe"),
                      QStringLiteral("MP-1001"));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Waiting, kWait);
    controller.reset();
    QCOMPARE(transport.count("DELETE", kV1), 1);
}
