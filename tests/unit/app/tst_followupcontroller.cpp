// SPDX-License-Identifier: MIT
// FollowUpController on the fake clock: locked until an approval, unlocked for the policy's
// window with the time left, locked again at its end, after a failed, cancelled or new
// verification, with the window at 0 or without permission; per-action token rules; the
// action call naming the verification, and the server's refusal.
#include "fixtures.h"
#include "followupcontroller.h"
#include "verificationrig.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace std::chrono_literals;
using vd::app::FollowUpController;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using FA = vd::wire::FollowUpAction;
using VS = vd::wire::VerificationState;
using TS = vd::wire::TokenState;
using Lock = FollowUpController::Lock;

namespace {

constexpr int kWait = 10000;
const QString kActions = QStringLiteral("/api/v1/tokens/MP-1001/actions");

struct Rig {
    vd::test::VerificationRig v;
    FollowUpController followUp{&v.api, &v.clock, &v.controller};

    Rig() {
        followUp.setTickInterval(10ms);
        followUp.setToken(Fixtures::token(QStringLiteral("MP-1001")));
        vd::protocol::Permissions p;
        p.authenticationMethods = vd::wire::Permission::Edit;
        followUp.setPermissions(p);
    }
    bool approve() {
        if (!v.driveToWaiting())
            return false;
        v.finish(VS::Approved);
        return QTest::qWaitFor([this] { return followUp.isUnlocked(); }, kWait);
    }
    bool anyEnabled() const {
        for (FA a : FollowUpController::actions()) {
            if (followUp.isEnabled(a))
                return true;
        }
        return false;
    }
};

} // namespace

class TestFollowUpController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lockedBeforeAnyVerification();
    void approvalUnlocksForTheWindow();
    void windowEndLocksAgain();
    void failedVerificationLocks_data();
    void failedVerificationLocks();
    void newVerificationLocksWhileInProgress();
    void cancelledVerificationLocks();
    void windowZeroTurnsActionsOff();
    void shorterWindowEndsItSooner();
    void clockBehindServerNeverStretchesTheWindow();
    void needsEditPermission();
    void actionsFollowTheTokenState_data();
    void actionsFollowTheTokenState();
    void performNamesTheVerification();
    void serverRefusalLocks();
    void otherFailureStaysUnlocked();
    void confirmationSaysWhatHappens();
};

void TestFollowUpController::lockedBeforeAnyVerification() {
    Rig rig;
    QCOMPARE(rig.followUp.lock(), Lock::NotVerified);
    QVERIFY(!rig.anyEnabled());
    QVERIFY(rig.followUp.remainingText().isEmpty());
    QCOMPARE(rig.followUp.remainingSeconds(), -1);
    QVERIFY2(rig.followUp.statusText().contains(QStringLiteral("10 minute")),
             qPrintable(rig.followUp.statusText()));
    QCOMPARE(rig.followUp.toolTip(FA::Revoke), rig.followUp.statusText());
}

void TestFollowUpController::approvalUnlocksForTheWindow() {
    Rig rig;
    QVERIFY(rig.v.driveToWaiting());
    QCOMPARE(rig.followUp.lock(), Lock::InProgress);
    rig.v.finish(VS::Approved);
    QTRY_VERIFY_WITH_TIMEOUT(rig.followUp.isUnlocked(), kWait);
    QCOMPARE(rig.followUp.approvedVerificationId(), QStringLiteral("v1"));
    QCOMPARE(rig.followUp.remainingSeconds(), 600);
    QCOMPARE(rig.followUp.remainingText(), QStringLiteral("10:00"));
    QCOMPARE(rig.followUp.unlockedUntil(), rig.v.clock.now().addSecs(600));
    QVERIFY(rig.followUp.isEnabled(FA::Revoke));
    QVERIFY(rig.followUp.isEnabled(FA::Suspend));
    QVERIFY(rig.followUp.isEnabled(FA::ResetPin));
    QVERIFY(!rig.followUp.isEnabled(FA::Resume)); // the token is active
    rig.v.clock.advance(61s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.followUp.remainingText(), QStringLiteral("8:59"), kWait);
    // The panel's result auto-hides; the actions stay unlocked.
    rig.v.clock.advance(10s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.v.controller.state(),
                              vd::app::VerificationController::State::Hidden, kWait);
    QVERIFY(rig.followUp.isUnlocked());
}

void TestFollowUpController::windowEndLocksAgain() {
    Rig rig;
    QVERIFY(rig.approve());
    QSignalSpy changed(&rig.followUp, &FollowUpController::changed);
    rig.v.clock.advance(599s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.followUp.remainingSeconds(), 1, kWait);
    rig.v.clock.advance(1s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.followUp.lock(), Lock::Expired, kWait);
    QVERIFY(!rig.anyEnabled());
    QVERIFY(rig.followUp.statusText().contains(QStringLiteral("ended")));
    QVERIFY(rig.followUp.approvedVerificationId().isEmpty());
    // Time going on does not unlock anything.
    const int before = int(changed.size());
    rig.v.clock.advance(60s);
    QTest::qWait(50);
    QCOMPARE(int(changed.size()), before); // the tick stopped with the window
}

void TestFollowUpController::failedVerificationLocks_data() {
    QTest::addColumn<VS>("outcome");
    QTest::addColumn<Lock>("lock");
    QTest::newRow("denied") << VS::Denied << Lock::Failed;
    QTest::newRow("wrong number") << VS::WrongNumber << Lock::Failed;
    QTest::newRow("timed out") << VS::TimedOut << Lock::Failed;
    QTest::newRow("dispatch failed") << VS::DispatchFailed << Lock::NotSent;
}

void TestFollowUpController::failedVerificationLocks() {
    QFETCH(VS, outcome);
    QFETCH(Lock, lock);
    Rig rig;
    QVERIFY(rig.approve());
    // A later verification of the same dialog fails: the earlier approval no longer counts.
    rig.v.transport.clearRoutes();
    QVERIFY(rig.v.driveToWaiting());
    rig.v.finish(outcome);
    QTRY_COMPARE_WITH_TIMEOUT(rig.followUp.lock(), lock, kWait);
    QVERIFY(!rig.anyEnabled());
    QVERIFY(rig.followUp.approvedVerificationId().isEmpty());
}

void TestFollowUpController::newVerificationLocksWhileInProgress() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.v.transport.clearRoutes();
    rig.v.transport.route(
        "POST", vd::test::VerificationRig::PostPath,
        [](const vd::app::HttpRequest &) { return std::optional<vd::app::HttpResponse>(); });
    rig.v.start();
    QCOMPARE(rig.followUp.lock(), Lock::InProgress);
    QVERIFY(!rig.anyEnabled());
}

void TestFollowUpController::cancelledVerificationLocks() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.v.transport.clearRoutes();
    QVERIFY(rig.v.driveToWaiting());
    rig.v.controller.cancel();
    QCOMPARE(rig.followUp.lock(), Lock::Cancelled);
    QVERIFY(!rig.anyEnabled());
}

void TestFollowUpController::windowZeroTurnsActionsOff() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.followUp.setWindowMinutes(0);
    QCOMPARE(rig.followUp.lock(), Lock::TurnedOff);
    QVERIFY(!rig.anyEnabled());
    QVERIFY(rig.followUp.statusText().contains(QStringLiteral("turned off")));
}

void TestFollowUpController::shorterWindowEndsItSooner() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.v.clock.advance(4min);
    rig.followUp.setWindowMinutes(5);
    QCOMPARE(rig.followUp.remainingSeconds(), 60);
    rig.followUp.setWindowMinutes(4);
    QCOMPARE(rig.followUp.lock(), Lock::Expired);
}

void TestFollowUpController::clockBehindServerNeverStretchesTheWindow() {
    Rig rig;
    QVERIFY(rig.v.driveToWaiting());
    auto approved = rig.v.make(VS::Approved);
    approved.completedAt = rig.v.clock.now().addSecs(300); // the server's clock is ahead
    Q_EMIT rig.v.events.verificationUpdated(approved);
    QTRY_VERIFY_WITH_TIMEOUT(rig.followUp.isUnlocked(), kWait);
    QCOMPARE(rig.followUp.remainingSeconds(), 600);
}

void TestFollowUpController::needsEditPermission() {
    Rig rig;
    QVERIFY(rig.approve());
    vd::protocol::Permissions view;
    view.authenticationMethods = vd::wire::Permission::View;
    rig.followUp.setPermissions(view);
    QCOMPARE(rig.followUp.lock(), Lock::NoPermission);
    QVERIFY(!rig.anyEnabled());
    QVERIFY(rig.followUp.statusText().contains(QStringLiteral("Edit")));
}

void TestFollowUpController::actionsFollowTheTokenState_data() {
    QTest::addColumn<TS>("state");
    QTest::addColumn<bool>("revoke");
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<bool>("resetPin");
    QTest::newRow("active") << TS::Active << true << true << false << true;
    QTest::newRow("suspended") << TS::Suspended << true << false << true << true;
    QTest::newRow("revoked") << TS::Revoked << false << false << false << false;
}

void TestFollowUpController::actionsFollowTheTokenState() {
    QFETCH(TS, state);
    QFETCH(bool, revoke);
    QFETCH(bool, suspend);
    QFETCH(bool, resume);
    QFETCH(bool, resetPin);
    Rig rig;
    QVERIFY(rig.approve());
    rig.followUp.setToken(Fixtures::token(QStringLiteral("MP-1001"),
                                          vd::wire::TokenType::MobilePassPlus, true, state));
    QCOMPARE(rig.followUp.isEnabled(FA::Revoke), revoke);
    QCOMPARE(rig.followUp.isEnabled(FA::Suspend), suspend);
    QCOMPARE(rig.followUp.isEnabled(FA::Resume), resume);
    QCOMPARE(rig.followUp.isEnabled(FA::ResetPin), resetPin);
    for (FA a : FollowUpController::actions())
        QVERIFY(!rig.followUp.toolTip(a).isEmpty()); // says why, or what it does
}

void TestFollowUpController::performNamesTheVerification() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.v.transport.route("POST", kActions, [](const vd::app::HttpRequest &) {
        return std::optional<vd::app::HttpResponse>();
    });
    QSignalSpy succeeded(&rig.followUp, &FollowUpController::actionSucceeded);
    rig.followUp.perform(FA::Suspend);
    QVERIFY(rig.followUp.isBusy());
    QVERIFY(!rig.anyEnabled()); // one action at a time
    const auto open = rig.v.transport.open("POST", kActions);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().json(),
             (QJsonObject{{QStringLiteral("action"), QStringLiteral("suspend")},
                          {QStringLiteral("verificationId"), QStringLiteral("v1")}}));
    const auto suspended = Fixtures::token(
        QStringLiteral("MP-1001"), vd::wire::TokenType::MobilePassPlus, true, TS::Suspended);
    rig.v.transport.reply(open.first().id, FakeTransport::json(200, suspended.toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, kWait);
    QCOMPARE(succeeded.first().first().value<FA>(), FA::Suspend);
    QCOMPARE(rig.followUp.token().state, TS::Suspended);
    QVERIFY(!rig.followUp.isBusy());
    QVERIFY(rig.followUp.isUnlocked()); // one approval allows several actions
    QVERIFY(rig.followUp.isEnabled(FA::Resume));
    QVERIFY(!rig.followUp.isEnabled(FA::Suspend));
    QCOMPARE(rig.followUp.lastMessage(), QStringLiteral("Token MP-1001 suspended."));
    QVERIFY(!rig.followUp.lastFailed());
    // Nothing is sent for an action that does not apply.
    rig.followUp.perform(FA::Suspend);
    QCOMPARE(rig.v.transport.count("POST", kActions), 1);
}

void TestFollowUpController::serverRefusalLocks() {
    Rig rig;
    QVERIFY(rig.approve());
    const QString why = QStringLiteral("This action needs a caller verification you approved.");
    rig.v.transport.route("POST", kActions,
                          FakeTransport::error(403, QStringLiteral("verification_required"), why));
    QSignalSpy failed(&rig.followUp, &FollowUpController::actionFailed);
    rig.followUp.perform(FA::Revoke);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QCOMPARE(rig.followUp.lock(), Lock::Refused);
    QVERIFY(rig.followUp.lastFailed());
    QVERIFY(!rig.anyEnabled());
}

void TestFollowUpController::otherFailureStaysUnlocked() {
    Rig rig;
    QVERIFY(rig.approve());
    rig.v.transport.route("POST", kActions,
                          FakeTransport::error(500, QStringLiteral("internal_error")));
    QSignalSpy failed(&rig.followUp, &FollowUpController::actionFailed);
    rig.followUp.perform(FA::ResetPin);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QVERIFY(rig.followUp.isUnlocked());
    QVERIFY(rig.followUp.lastFailed());
    QVERIFY(!rig.followUp.lastMessage().isEmpty());
    QVERIFY(rig.followUp.isEnabled(FA::ResetPin));
}

void TestFollowUpController::confirmationSaysWhatHappens() {
    Rig rig;
    QVERIFY(rig.approve());
    for (FA a : FollowUpController::actions()) {
        QVERIFY(rig.followUp.confirmationTitle(a).contains(QStringLiteral("MP-1001")));
        const QString text = rig.followUp.confirmationText(a);
        QVERIFY2(text.contains(QStringLiteral("John Doe")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Operator Activity")));
    }
    QCOMPARE(FollowUpController::actionLabel(FA::ResetPin), QStringLiteral("Reset PIN"));
}

QTEST_GUILESS_MAIN(TestFollowUpController)
#include "tst_followupcontroller.moc"
