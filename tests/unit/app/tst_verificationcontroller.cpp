// SPDX-License-Identifier: MIT
// VerificationController: results, cancel races, poll pacing, countdown and auto-hide.
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

void TestVerificationController::results_data() {
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("viaEvent");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("status");

    const QString approveAction =
        QStringLiteral("Identity confirmed. You may proceed with the requested change.");
    const QString wrongAction =
        QStringLiteral("Do not perform the requested change. Treat as a failed verification and "
                       "follow your escalation procedure.");
    const QString deniedAction = QStringLiteral(
        "Do not perform the requested change. Confirm with the caller whether they actually "
        "have the device, and follow your escalation procedure.");
    const QString timeoutAction = QStringLiteral(
        "Do not perform the requested change. Use an alternative verification method (for "
        "example, a knowledge-based question or an SMS one-time passcode).");
    const auto row = [&](const char *name, VS s, bool ev, const QString &text,
                         const QString &action, Severity sev, const QString &status) {
        QTest::newRow(name) << int(s) << ev << text << action << int(sev) << status;
    };
    row("approved/poll", VS::Approved, false, kApproved, approveAction, Severity::Success,
        QStringLiteral("Approved"));
    row("approved/event", VS::Approved, true, kApproved, approveAction, Severity::Success,
        QStringLiteral("Approved"));
    row("wrong_number/poll", VS::WrongNumber, false, kWrong, wrongAction, Severity::Failure,
        QStringLiteral("Wrong number selected"));
    row("wrong_number/event", VS::WrongNumber, true, kWrong, wrongAction, Severity::Failure,
        QStringLiteral("Wrong number selected"));
    row("denied/poll", VS::Denied, false, kDenied, deniedAction, Severity::Failure,
        QStringLiteral("Denied"));
    row("denied/event", VS::Denied, true, kDenied, deniedAction, Severity::Failure,
        QStringLiteral("Denied"));
    row("timed_out/poll", VS::TimedOut, false, kTimedOut, timeoutAction, Severity::Warning,
        QStringLiteral("Timed out"));
    row("timed_out/event", VS::TimedOut, true, kTimedOut, timeoutAction, Severity::Warning,
        QStringLiteral("Timed out"));
}

void TestVerificationController::results() {
    QFETCH(int, state);
    QFETCH(bool, viaEvent);
    QFETCH(QString, text);
    QFETCH(QString, action);
    QFETCH(int, severity);
    QFETCH(QString, status);

    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    QSignalSpy finished(&rig.controller, &VerificationController::finished);
    rig.start();
    QCOMPARE(rig.controller.state(), State::Sending);
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QCOMPARE(rig.controller.verificationNumber(), QStringLiteral("47"));
    QCOMPARE(rig.controller.verificationId(), QStringLiteral("v1"));
    QCOMPARE(rig.controller.statusText(), QStringLiteral("Waiting for user response..."));
    QVERIFY(rig.controller.resultText().isEmpty());

    const Verification done = rig.make(VS(state));
    if (viaEvent) {
        Q_EMIT rig.events.verificationUpdated(done);
    } else {
        rig.transport.clearRoutes();
        rig.pollAnswers(done);
        // Answer the poll that is already held, too.
        for (const auto &e : rig.transport.open("GET", kV1))
            rig.transport.reply(e.id, FakeTransport::json(200, done.toJson()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Result, kWait);
    QCOMPARE(rig.controller.resultText(), text);
    QCOMPARE(rig.controller.recommendedAction(), action);
    QCOMPARE(int(rig.controller.severity()), severity);
    QCOMPARE(rig.controller.statusText(), status);
    QVERIFY(rig.controller.reasonText().isEmpty());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!rig.controller.isInFlight());
    // A result ends polling.
    const int polls = rig.polls();
    QTest::qWait(100);
    QCOMPARE(rig.polls(), polls);
}

void TestVerificationController::dispatchFailedReasons_data() {
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("token_inactive") << QStringLiteral("token_inactive")
                                    << QStringLiteral("The token is not active (it is suspended "
                                                      "or revoked).");
    QTest::newRow("push_disabled")
        << QStringLiteral("push_disabled") << QStringLiteral("Push is disabled for this token.");
    QTest::newRow("push_otp_disabled")
        << QStringLiteral("push_otp_disabled")
        << QStringLiteral("Push OTP is disabled on the virtual server.");
    QTest::newRow("device_unreachable")
        << QStringLiteral("device_unreachable")
        << QStringLiteral("The user's device is not registered or not reachable.");
}

void TestVerificationController::dispatchFailedReasons() {
    QFETCH(QString, reason);
    QFETCH(QString, words);
    Rig rig;
    Verification v = rig.make(VS::DispatchFailed);
    v.reason = reason;
    v.verificationNumber.reset();
    rig.postAnswers(v);
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Result, kWait);
    QCOMPARE(rig.controller.resultText(), kNotSent);
    QCOMPARE(rig.controller.recommendedAction(),
             QStringLiteral("Verify that push is enabled for the token and that the user's device "
                            "is online, then try again."));
    QCOMPARE(rig.controller.severity(), Severity::Warning);
    QCOMPARE(rig.controller.reasonText(), words);
    QCOMPARE(rig.polls(), 0);
}

void TestVerificationController::cancelWhileSending() {
    Rig rig;
    rig.transport.route("POST", kPost,
                        [](const vd::app::HttpRequest &) { return std::optional<HttpResponse>(); });
    rig.start();
    QCOMPARE(rig.controller.state(), State::Sending);
    QCOMPARE(rig.transport.open("POST", kPost).size(), 1);

    rig.controller.cancel();
    QCOMPARE(rig.controller.state(), State::Hidden); // at once, not after the server answers
    QVERIFY(rig.controller.statusText().isEmpty());

    // The POST returns afterwards with a pending verification: it must be cancelled.
    const auto post = rig.transport.open("POST", kPost).first();
    rig.transport.reply(post.id, FakeTransport::json(201, rig.make(VS::Pending).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.transport.count("DELETE", kV1), 1, kWait);
    QCOMPARE(rig.controller.state(), State::Hidden);
    QTest::qWait(100);
    QCOMPARE(rig.polls(), 0);
    Q_EMIT rig.events.verificationUpdated(rig.make(VS::Approved));
    QCOMPARE(rig.controller.state(), State::Hidden);
    QVERIFY(!rig.sawResultText(kApproved));
}

void TestVerificationController::cancelWhileWaiting() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(rig.openPolls(), 1, kWait);
    const auto held = rig.transport.open("GET", kV1).first();

    rig.controller.cancel();
    QCOMPARE(rig.controller.state(), State::Hidden);
    QVERIFY(rig.controller.verificationNumber().isEmpty());
    QVERIFY(rig.controller.countdownText().isEmpty());
    QCOMPARE(rig.openPolls(), 0); // the in-flight poll was aborted
    QCOMPARE(rig.transport.abortedCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.transport.count("DELETE", kV1), 1, kWait);
    QVERIFY(rig.transport.matching("DELETE", kV1).first().request.bearerToken ==
            QByteArray("session-token-xyz"));
    Q_UNUSED(held);
}

void TestVerificationController::lateAnswersAfterCancelAreIgnored() {
    Rig rig;
    rig.transport.setHonourAbort(false); // the aborted poll's answer still arrives
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    QSignalSpy finished(&rig.controller, &VerificationController::finished);
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.openPolls(), 1, kWait);
    const auto held = rig.transport.open("GET", kV1).first();
    rig.controller.cancel();

    rig.transport.reply(held.id, FakeTransport::json(200, rig.make(VS::Approved).toJson()));
    Q_EMIT rig.events.verificationUpdated(rig.make(VS::Approved));
    QTest::qWait(100);
    QCOMPARE(rig.controller.state(), State::Hidden);
    QVERIFY(rig.controller.resultText().isEmpty());
    QVERIFY(!rig.sawResultText(kApproved));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(rig.polls(), 1);
}

void TestVerificationController::pollsNeverOverlap() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.polls(), 1, kWait);
    // Ten poll intervals pass while the first poll is slow: still exactly one request.
    QTest::qWait(200);
    QCOMPARE(rig.polls(), 1);
    QCOMPARE(rig.openPolls(), 1);

    const auto first = rig.transport.open("GET", kV1).first();
    rig.transport.reply(first.id, FakeTransport::json(200, rig.make(VS::Pending).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.polls(), 2, kWait);
    QTest::qWait(100);
    QCOMPARE(rig.polls(), 2);
    QCOMPARE(rig.openPolls(), 1);
    QCOMPARE(rig.controller.state(), State::Waiting);
}

void TestVerificationController::countdownFollowsClock() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.holdPolls();
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QCOMPARE(rig.controller.countdownText(), QStringLiteral("2:00"));
    QCOMPARE(rig.controller.remainingSeconds(), 120);

    const struct {
        std::chrono::milliseconds by;
        const char *text;
        int seconds;
    } steps[] = {{400ms, "2:00", 120},  {600ms, "1:59", 119}, {9000ms, "1:50", 110},
                 {50000ms, "1:00", 60}, {1ms, "1:00", 60},    {50999ms, "0:09", 9},
                 {8000ms, "0:01", 1}};
    for (const auto &step : steps) {
        rig.clock.advance(step.by);
        QTRY_COMPARE_WITH_TIMEOUT(rig.controller.countdownText(), QString::fromLatin1(step.text),
                                  kWait);
        QCOMPARE(rig.controller.remainingSeconds(), step.seconds);
    }
}

void TestVerificationController::countdownZeroKeepsPollingThenServerTimesOut() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.pollAnswers(rig.make(VS::Pending));
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    rig.clock.advance(121s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.countdownText(), QStringLiteral("0:00"), kWait);
    QCOMPARE(rig.controller.remainingSeconds(), 0);
    QCOMPARE(rig.controller.state(), State::Waiting); // the server owns the timeout
    const int polls = rig.polls();
    QTRY_VERIFY_WITH_TIMEOUT(rig.polls() > polls + 2, kWait);
    QVERIFY(rig.controller.resultText().isEmpty());

    rig.transport.clearRoutes();
    rig.pollAnswers(rig.make(VS::TimedOut));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Result, kWait);
    QCOMPARE(rig.controller.resultText(), kTimedOut);
}

void TestVerificationController::expiryGraceEndsInErrorNotResult() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.pollAnswers(rig.make(VS::Pending));
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    rig.clock.advance(120s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.countdownText(), QStringLiteral("0:00"), kWait);
    rig.clock.advance(19s);
    QTest::qWait(50);
    QCOMPARE(rig.controller.state(), State::Waiting);
    rig.clock.advance(1s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Error, kWait);
    QVERIFY(rig.controller.resultText().isEmpty());
    QVERIFY(rig.resultTexts.isEmpty() || rig.resultTexts == QStringList{QString()});
    QVERIFY(!rig.controller.statusText().isEmpty());
}

void TestVerificationController::autoHide_data() {
    QTest::addColumn<int>("delayMs");
    QTest::newRow("default 5 s") << 5000;
    QTest::newRow("configured 2 s") << 2000;
    QTest::newRow("configured 30 s") << 30000;
}

void TestVerificationController::autoHide() {
    QFETCH(int, delayMs);
    Rig rig;
    if (delayMs != 5000)
        rig.controller.setAutoHideDelay(std::chrono::milliseconds(delayMs));
    else
        QCOMPARE(VerificationController::Timing{}.autoHideDelay, 5000ms);
    rig.postAnswers(rig.make(VS::Pending));
    rig.pollAnswers(rig.make(VS::Approved));
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Result, kWait);

    rig.clock.advance(std::chrono::milliseconds(delayMs - 1));
    QTest::qWait(60); // several ticks
    QCOMPARE(rig.controller.state(), State::Result);
    rig.clock.advance(1ms);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.state(), State::Hidden, kWait);
    QVERIFY(rig.controller.resultText().isEmpty());
    QVERIFY(!rig.controller.isInFlight()); // Send Push enabled again
}

void TestVerificationController::networkDropShowsReconnecting() {
    Rig rig;
    rig.postAnswers(rig.make(VS::Pending));
    rig.transport.route("GET", kV1,
                        FakeTransport::networkError(HttpResponse::NetworkError::Unreachable));
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.waiting(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.statusText(), QStringLiteral("Reconnecting…"), kWait);
    QVERIFY(rig.controller.isReconnecting());

    rig.clock.advance(10s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.countdownText(), QStringLiteral("1:50"), kWait);
    QCOMPARE(rig.controller.state(), State::Waiting);
    QCOMPARE(rig.controller.statusText(), QStringLiteral("Reconnecting…"));
    const int polls = rig.polls();
    QTRY_VERIFY_WITH_TIMEOUT(rig.polls() > polls, kWait); // it keeps trying

    rig.transport.clearRoutes();
    rig.pollAnswers(rig.make(VS::Pending));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller.statusText(),
                              QStringLiteral("Waiting for user response..."), kWait);
    QVERIFY(!rig.controller.isReconnecting());
    QCOMPARE(rig.controller.countdownText(), QStringLiteral("1:50"));
}

QTEST_GUILESS_MAIN(TestVerificationController)
