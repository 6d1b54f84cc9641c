// SPDX-License-Identifier: MIT
// ManageTokenDialog: Send Push visibility / enabled state / tooltip for every token kind, flag
// and permission; starting a verification; Esc cancels a waiting one, else closes.
#include "managetokendialog.h"
#include "panelrig.h"
#include "pushverificationpanel.h"
#include "theme.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using vd::test::PanelRig;
using vd::ui::ManageTokenDialog;
using P = vd::wire::Permission;
using TT = vd::wire::TokenType;
using TS = vd::wire::TokenState;
using VS = vd::wire::VerificationState;
using State = vd::app::VerificationController::State;

namespace {

vd::protocol::User john() {
    vd::protocol::User u;
    u.userId = QStringLiteral("jdoe");
    u.firstName = QStringLiteral("John");
    u.lastName = QStringLiteral("Doe");
    return u;
}

vd::protocol::Token token(TT type, bool push, TS state = TS::Active) {
    vd::protocol::Token t;
    t.serial = QStringLiteral("MP-1001");
    t.type = type;
    t.pushEnabled = push;
    t.state = state;
    t.deviceRegistered = true;
    return t;
}

struct Dialog {
    PanelRig rig;
    ManageTokenDialog dialog;

    explicit Dialog(const vd::protocol::Token &t, bool feature = true, P permission = P::Edit)
        : dialog(john(), t, &rig.controller) {
        vd::protocol::Account account;
        account.name = QStringLiteral("Acme Corp");
        account.helpdeskPushVerification = feature;
        vd::protocol::Permissions permissions;
        permissions.authenticationMethods = permission;
        dialog.setAccess(account, permissions);
        dialog.show();
    }
    QPushButton *button() const { return dialog.sendPushButton(); }
};

} // namespace

class TestManageTokenDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void sendPushButton_data() {
        QTest::addColumn<TT>("type");
        QTest::addColumn<bool>("push");
        QTest::addColumn<TS>("state");
        QTest::addColumn<bool>("feature");
        QTest::addColumn<P>("permission");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<bool>("enabled");

        // The spec: visible only for a push-enabled MobilePASS+ token with the account
        // feature on; enabled only with Edit on Authentication Methods.
        QTest::newRow("mobilepass, push on, edit")
            << TT::MobilePassPlus << true << TS::Active << true << P::Edit << true << true;
        QTest::newRow("mobilepass, view only")
            << TT::MobilePassPlus << true << TS::Active << true << P::View << true << false;
        QTest::newRow("mobilepass, no access")
            << TT::MobilePassPlus << true << TS::Active << true << P::None << true << false;
        QTest::newRow("mobilepass, push off")
            << TT::MobilePassPlus << false << TS::Active << true << P::Edit << false << false;
        QTest::newRow("mobilepass, feature off")
            << TT::MobilePassPlus << true << TS::Active << false << P::Edit << false << false;
        QTest::newRow("mobilepass, feature off, view")
            << TT::MobilePassPlus << true << TS::Active << false << P::View << false << false;
        QTest::newRow("mobilepass, suspended")
            << TT::MobilePassPlus << true << TS::Suspended << true << P::Edit << true << true;
        QTest::newRow("hardware") << TT::Hardware << true << TS::Active << true << P::Edit << false
                                  << false;
        QTest::newRow("password") << TT::Password << true << TS::Active << true << P::Edit << false
                                  << false;
        QTest::newRow("sms") << TT::Sms << true << TS::Active << true << P::Edit << false << false;
        QTest::newRow("hardware, push off")
            << TT::Hardware << false << TS::Active << true << P::Edit << false << false;
    }
    void sendPushButton() {
        QFETCH(TT, type);
        QFETCH(bool, push);
        QFETCH(TS, state);
        QFETCH(bool, feature);
        QFETCH(P, permission);
        QFETCH(bool, visible);
        QFETCH(bool, enabled);

        Dialog d(token(type, push, state), feature, permission);
        QCOMPARE(d.button()->isVisible(), visible);
        QCOMPARE(d.button()->isEnabled(), enabled);
        QCOMPARE(d.button()->accessibleName(), QStringLiteral("Send Push"));
        QVERIFY(!d.button()->toolTip().isEmpty());
        if (visible && !enabled) {
            // Disabled with a reason the operator can see without hovering.
            QVERIFY(d.dialog.sendPushHint()->isVisible());
            QCOMPARE(d.dialog.sendPushHint()->text(), d.button()->toolTip());
        }
        if (enabled)
            QVERIFY(!d.dialog.sendPushHint()->isVisible());
    }

    void accessChangesApplyAtOnce() {
        Dialog d(token(TT::MobilePassPlus, true), true, P::View);
        QVERIFY(!d.button()->isEnabled());
        vd::protocol::Account account;
        account.helpdeskPushVerification = true;
        vd::protocol::Permissions edit;
        edit.authenticationMethods = P::Edit;
        d.dialog.setAccess(account, edit);
        QVERIFY(d.button()->isEnabled());
        account.helpdeskPushVerification = false;
        d.dialog.setAccess(account, edit);
        QVERIFY(!d.button()->isVisible());
    }

    void sendPushStartsAndDisablesUntilTheResultGoes() {
        Dialog d(token(TT::MobilePassPlus, true));
        vd::protocol::Verification v = d.rig.make(VS::Pending, vd::wire::Mode::NumericChallenge);
        d.rig.transport.route("POST", QStringLiteral("/api/v1/verifications"),
                              vd::test::FakeTransport::json(201, v.toJson()));
        d.dialog.ticketEdit()->setText(QStringLiteral("INC-4711"));
        QTest::mouseClick(d.button(), Qt::LeftButton);
        QCOMPARE(d.rig.controller.state(), State::Sending);
        QVERIFY(!d.button()->isEnabled()); // no second push while one is in flight
        QVERIFY(d.dialog.panel()->isVisible());

        const auto posts =
            d.rig.transport.matching("POST", QStringLiteral("/api/v1/verifications"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(posts.first().request.body).object();
        QCOMPARE(body.value(QStringLiteral("userId")).toString(), QStringLiteral("jdoe"));
        QCOMPARE(body.value(QStringLiteral("tokenSerial")).toString(), QStringLiteral("MP-1001"));
        QCOMPARE(body.value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-4711"));

        QTRY_COMPARE_WITH_TIMEOUT(d.rig.controller.state(), State::Waiting, PanelRig::WaitMs);
        QVERIFY(!d.button()->isEnabled());
        Q_EMIT d.rig.events.verificationUpdated([&] {
            auto done = v;
            done.state = VS::Approved;
            return done;
        }());
        QTRY_COMPARE_WITH_TIMEOUT(d.rig.controller.state(), State::Result, PanelRig::WaitMs);
        QVERIFY(d.button()->isEnabled()); // "The Send Push button is re-enabled"

        // Auto-hide: the panel goes, the placeholder comes back.
        d.rig.controller.setAutoHideDelay(std::chrono::milliseconds(0));
        d.rig.clock.advance(std::chrono::seconds(10));
        QTRY_VERIFY_WITH_TIMEOUT(d.dialog.panel()->isHidden(), PanelRig::WaitMs);
        QVERIFY(d.button()->isEnabled());
    }

    void escapeWhileWaitingCancelsAndKeepsTheDialog() {
        Dialog d(token(TT::MobilePassPlus, true));
        QVERIFY(d.rig.sendNumeric());
        QVERIFY(d.dialog.panel()->isVisible());
        QTest::keyClick(&d.dialog, Qt::Key_Escape);
        QVERIFY(d.dialog.panel()->isHidden());
        QCOMPARE(d.rig.controller.state(), State::Hidden);
        QVERIFY(d.dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(d.rig.transport.count("DELETE", d.rig.verificationPath()), 1,
                                  PanelRig::WaitMs);
        // Nothing waits any more: the next Esc closes the dialog.
        QTest::keyClick(&d.dialog, Qt::Key_Escape);
        QVERIFY(!d.dialog.isVisible());
    }

    void escapeFromTheTicketFieldCancelsToo() {
        Dialog d(token(TT::MobilePassPlus, true));
        QVERIFY(d.rig.sendPlain());
        QTest::keyClick(d.dialog.ticketEdit(), Qt::Key_Escape);
        QCOMPARE(d.rig.controller.state(), State::Hidden);
        QVERIFY(d.dialog.isVisible());
    }

    void closingTheDialogCancelsAWaitingVerification() {
        Dialog d(token(TT::MobilePassPlus, true));
        QVERIFY(d.rig.sendNumeric());
        d.dialog.reject();
        QVERIFY(!d.dialog.isVisible());
        QCOMPARE(d.rig.controller.state(), State::Hidden);
        QTRY_COMPARE_WITH_TIMEOUT(d.rig.transport.count("DELETE", d.rig.verificationPath()), 1,
                                  PanelRig::WaitMs);
    }

    void tabOrderReachesTheCross() {
        Dialog d(token(TT::MobilePassPlus, true));
        QVERIFY(d.rig.sendNumeric());
        // Focus moved off the disabled Send Push to the ✕, so Enter/Space cancels from there.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                                  static_cast<QWidget *>(d.dialog.panel()->cancelButton()),
                                  PanelRig::WaitMs);
    }

    void resultNeverCroppedInANarrowDialog() {
        Dialog d(token(TT::MobilePassPlus, true));
        QVERIFY(d.rig.sendDispatchFailed());
        // An operator (or a small screen) squeezes the dialog as far as it goes.
        d.dialog.resize(d.dialog.minimumWidth(), 150);
        QTest::qWait(50);
        // Every wrapped line of the result, action and reason is on screen.
        const auto fits = [&] {
            for (QLabel *l : d.dialog.panel()->findChildren<QLabel *>()) {
                if (l->isVisible() && l->wordWrap() && l->height() < l->heightForWidth(l->width()))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fits(), PanelRig::WaitMs);
    }
};

QTEST_MAIN(TestManageTokenDialog)
#include "tst_managetokendialog.moc"
