// SPDX-License-Identifier: MIT
// The follow-up actions offscreen on a fake clock: locked with the reason until an approval,
// unlocked with the time left, locked again when the window ends or a later verification
// fails; each action confirmed first (scripted answers); the result shown; and in the Manage
// dialog, under the panel, with the ticket checked inline before Send Push.
#include "followupactionspanel.h"
#include "followupcontroller.h"
#include "managetokendialog.h"
#include "panelrig.h"
#include "pushverificationpanel.h"
#include "theme.h"
#include "ticketcheck.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace std::chrono_literals;
using vd::app::FollowUpController;
using vd::test::FakeTransport;
using vd::test::PanelRig;
using vd::ui::FollowUpActionsPanel;
using FA = vd::wire::FollowUpAction;
using VS = vd::wire::VerificationState;

namespace {

constexpr int kWait = PanelRig::WaitMs;
const QString kActions = QStringLiteral("/api/v1/tokens/MP-1001/actions");

vd::protocol::Token mp1001(vd::wire::TokenState state = vd::wire::TokenState::Active) {
    vd::protocol::Token t;
    t.serial = QStringLiteral("MP-1001");
    t.pushEnabled = true;
    t.deviceRegistered = true;
    t.state = state;
    return t;
}

struct Rig {
    PanelRig rig;
    FollowUpController followUp{&rig.api, &rig.clock, &rig.controller};
    FollowUpActionsPanel panel;
    QStringList asked; // titles of the confirmations shown
    bool answer = true;

    Rig() {
        followUp.setTickInterval(10ms);
        followUp.setToken(mp1001());
        vd::protocol::Permissions p;
        p.authenticationMethods = vd::wire::Permission::Edit;
        followUp.setPermissions(p);
        panel.setController(&followUp);
        panel.setConfirmer(
            [this](QWidget *, const QString &title, const QString &, const QString &) {
                asked.append(title);
                return answer;
            });
        panel.resize(520, 200);
        panel.show();
    }
    bool approve() {
        return rig.sendNumeric() && rig.finish(VS::Approved) &&
               QTest::qWaitFor([this] { return followUp.isUnlocked(); }, kWait);
    }
    bool enabled(FA a) const { return panel.button(a)->isEnabled(); }
    int enabledCount() const {
        int n = 0;
        for (FA a : FollowUpController::actions())
            n += enabled(a) ? 1 : 0;
        return n;
    }
};

} // namespace

class TestFollowUpActionsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }
    void lockedShowsTheReason();
    void approvalUnlocksWithTimeLeft();
    void windowEndLocks();
    void laterFailureLocks_data();
    void laterFailureLocks();
    void actionIsConfirmedFirst_data();
    void actionIsConfirmedFirst();
    void refusalShowsAndLocks();
    void inTheManageDialogUnderThePanel();
    void ticketCheckedInline_data();
    void ticketCheckedInline();
};

void TestFollowUpActionsPanel::lockedShowsTheReason() {
    Rig r;
    QCOMPARE(r.enabledCount(), 0);
    QVERIFY(r.panel.titleLabel()->text().contains(QStringLiteral("locked")));
    QCOMPARE(r.panel.statusLabel()->text(), r.followUp.statusText());
    QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("verified")));
    QVERIFY(!r.panel.remainingLabel()->isVisibleTo(&r.panel));
    for (FA a : FollowUpController::actions()) {
        QCOMPARE(r.panel.button(a)->toolTip(), r.followUp.statusText()); // says why
        QCOMPARE(r.panel.button(a)->accessibleName(), FollowUpController::actionLabel(a));
    }
    // A click on a locked action asks nothing and sends nothing.
    QTest::mouseClick(r.panel.button(FA::Revoke), Qt::LeftButton);
    QVERIFY(r.asked.isEmpty());
    QCOMPARE(r.rig.transport.count("POST", kActions), 0);
}

void TestFollowUpActionsPanel::approvalUnlocksWithTimeLeft() {
    Rig r;
    QVERIFY(r.rig.sendNumeric());
    QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("in progress")));
    QVERIFY(r.rig.finish(VS::Approved));
    QTRY_VERIFY_WITH_TIMEOUT(r.enabled(FA::Revoke), kWait);
    QVERIFY(r.enabled(FA::Suspend));
    QVERIFY(r.enabled(FA::ResetPin));
    QVERIFY(!r.enabled(FA::Resume)); // active token
    QCOMPARE(r.panel.titleLabel()->text(), QStringLiteral("Follow-up actions unlocked"));
    QVERIFY(r.panel.statusLabel()->text().startsWith(QStringLiteral("Identity confirmed at")));
    QCOMPARE(r.panel.remainingLabel()->text(), QStringLiteral("10:00 left"));
    QCOMPARE(r.panel.remainingLabel()->accessibleDescription(), QStringLiteral("10:00 left"));
    r.rig.clock.advance(75s);
    QTRY_COMPARE_WITH_TIMEOUT(r.panel.remainingLabel()->text(), QStringLiteral("8:45 left"), kWait);
}

void TestFollowUpActionsPanel::windowEndLocks() {
    Rig r;
    QVERIFY(r.approve());
    r.rig.clock.advance(10min);
    QTRY_COMPARE_WITH_TIMEOUT(r.enabledCount(), 0, kWait);
    QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("ended")));
    QVERIFY(!r.panel.remainingLabel()->isVisibleTo(&r.panel));
}

void TestFollowUpActionsPanel::laterFailureLocks_data() {
    QTest::addColumn<VS>("outcome");
    QTest::newRow("denied") << VS::Denied;
    QTest::newRow("wrong number") << VS::WrongNumber;
    QTest::newRow("timed out") << VS::TimedOut;
}

void TestFollowUpActionsPanel::laterFailureLocks() {
    QFETCH(VS, outcome);
    Rig r;
    QVERIFY(r.approve());
    QCOMPARE(r.enabledCount(), 3);
    QVERIFY(r.rig.sendNumeric()); // the operator verifies again …
    QCOMPARE(r.enabledCount(), 0);
    QVERIFY(r.rig.finish(outcome)); // … and this time it fails
    QCOMPARE(r.enabledCount(), 0);
    QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("did not confirm")));
}

void TestFollowUpActionsPanel::actionIsConfirmedFirst_data() {
    QTest::addColumn<bool>("answer");
    QTest::addColumn<int>("posts");
    QTest::newRow("cancelled") << false << 0;
    QTest::newRow("confirmed") << true << 1;
}

void TestFollowUpActionsPanel::actionIsConfirmedFirst() {
    QFETCH(bool, answer);
    QFETCH(int, posts);
    Rig r;
    QVERIFY(r.approve());
    r.answer = answer;
    r.rig.transport.route(
        "POST", kActions,
        FakeTransport::json(200, mp1001(vd::wire::TokenState::Suspended).toJson()));
    QTest::mouseClick(r.panel.button(FA::Suspend), Qt::LeftButton);
    QCOMPARE(r.asked, QStringList{QStringLiteral("Suspend token MP-1001?")});
    QCOMPARE(r.rig.transport.count("POST", kActions), posts);
    if (!answer)
        return;
    QCOMPARE(r.rig.transport.matching("POST", kActions)
                 .first()
                 .json()
                 .value(QStringLiteral("verificationId")),
             QJsonValue(QStringLiteral("v1")));
    QTRY_COMPARE_WITH_TIMEOUT(r.panel.messageLabel()->text(),
                              QStringLiteral("Token MP-1001 suspended."), kWait);
    QVERIFY(r.enabled(FA::Resume));
    QVERIFY(!r.enabled(FA::Suspend));
}

void TestFollowUpActionsPanel::refusalShowsAndLocks() {
    Rig r;
    QVERIFY(r.approve());
    r.rig.transport.route("POST", kActions,
                          FakeTransport::error(403, QStringLiteral("verification_required"),
                                               QStringLiteral("Verify the caller again.")));
    QTest::mouseClick(r.panel.button(FA::Revoke), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!r.panel.messageLabel()->text().isEmpty(), kWait);
    QVERIFY(r.panel.messageLabel()->isVisibleTo(&r.panel));
    QCOMPARE(r.enabledCount(), 0);
    QVERIFY(r.panel.statusLabel()->text().contains(QStringLiteral("no longer accepts")));
}

void TestFollowUpActionsPanel::inTheManageDialogUnderThePanel() {
    PanelRig rig;
    vd::protocol::User john;
    john.userId = QStringLiteral("jdoe");
    john.firstName = QStringLiteral("John");
    john.lastName = QStringLiteral("Doe");
    vd::ui::ManageTokenDialog dialog(john, mp1001(), &rig.controller);
    auto *panel = new FollowUpActionsPanel;
    dialog.addBelowPanel(panel);
    QCOMPARE(panel->parentWidget(), &dialog);
    vd::protocol::Account account;
    account.helpdeskPushVerification = true;
    vd::protocol::Permissions permissions;
    permissions.authenticationMethods = vd::wire::Permission::Edit;
    dialog.setAccess(account, permissions);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(rig.sendNumeric());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.panel()->isVisible(), kWait);
    QVERIFY(panel->isVisible());
    // Right under the Push Verification panel, in the same column.
    const QRect pushPanel = dialog.panel()->geometry();
    QVERIFY(panel->geometry().top() >= pushPanel.bottom());
    QCOMPARE(panel->geometry().left(), pushPanel.left());
}

void TestFollowUpActionsPanel::ticketCheckedInline_data() {
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("case number") << QStringLiteral("INC-2026-0042") << true;
    QTest::newRow("non-ASCII") << QStringLiteral("Störung №12") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('7')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('7')) << false;
    QTest::newRow("tab") << QStringLiteral("INC\t42") << false;
}

void TestFollowUpActionsPanel::ticketCheckedInline() {
    QFETCH(QString, ticket);
    QFETCH(bool, accepted);
    PanelRig rig;
    vd::protocol::User john;
    john.userId = QStringLiteral("jdoe");
    vd::ui::ManageTokenDialog dialog(john, mp1001(), &rig.controller);
    vd::protocol::Account account;
    account.helpdeskPushVerification = true;
    vd::protocol::Permissions permissions;
    permissions.authenticationMethods = vd::wire::Permission::Edit;
    dialog.setAccess(account, permissions);
    dialog.show();
    dialog.ticketEdit()->setText(ticket); // as pasted: nothing is cut off
    QCOMPARE(dialog.ticketEdit()->text(), ticket);
    QCOMPARE(dialog.sendPushButton()->isEnabled(), accepted);
    QCOMPARE(dialog.ticketCheck()->errorLabel()->isVisible(), !accepted);
    QCOMPARE(dialog.ticketEdit()->accessibleDescription().isEmpty(), accepted);
    QTest::mouseClick(dialog.sendPushButton(), Qt::LeftButton);
    QCOMPARE(rig.transport.count("POST", QStringLiteral("/api/v1/verifications")),
             accepted ? 1 : 0);
    if (accepted && !ticket.isEmpty())
        QCOMPARE(rig.transport.matching("POST", QStringLiteral("/api/v1/verifications"))
                     .first()
                     .json()
                     .value(QStringLiteral("ticket"))
                     .toString(),
                 ticket);
}

QTEST_MAIN(TestFollowUpActionsPanel)
#include "tst_followupactionspanel.moc"
