// SPDX-License-Identifier: MIT
// PushVerificationPanel rendering a real VerificationController on fakes: every state and
// mode, ✕ and Esc, accessible names and descriptions.
#include "glyphiconengine.h"
#include "panelrig.h"
#include "pushverificationpanel.h"
#include "theme.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

using vd::test::FakeTransport;
using vd::test::PanelRig;
using vd::ui::PushVerificationPanel;
using VS = vd::wire::VerificationState;
using State = vd::app::VerificationController::State;

namespace {

const QString kApproved = QStringLiteral(
    "User Authenticated — Service team can proceed with password/privilege changes.");
const QString kWrong = QStringLiteral(
    "Authentication Failed — Wrong number selected. Service team should NOT proceed.");
const QString kDenied = QStringLiteral("Authentication Failed — Service team should NOT proceed.");
const QString kTimedOut =
    QStringLiteral("Push authentication timed out. Please escalate to next verification tier.");
const QString kNotSent = QStringLiteral(
    "Failed to send push notification. Please check the token configuration and try again.");

// A panel inside a shown window, as in the Manage dialog.
struct Harness {
    PanelRig rig;
    QWidget host;
    PushVerificationPanel *panel;

    Harness()
        : panel(new PushVerificationPanel(&host)) {
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(panel);
        panel->setController(&rig.controller);
        host.resize(560, 520);
        host.show();
    }

    // Visible children found by accessible name (what a screen reader / UI test sees).
    QWidget *named(const QString &name) const {
        for (QWidget *w : panel->findChildren<QWidget *>()) {
            if (w->accessibleName() == name)
                return w;
        }
        return nullptr;
    }
    bool shows(const QString &text) const {
        for (QLabel *l : panel->findChildren<QLabel *>()) {
            if (l->isVisible() && l->text() == text)
                return true;
        }
        return false;
    }
    int deletes() const { return rig.transport.count("DELETE", rig.verificationPath()); }
};

} // namespace

class TestPushVerificationPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void accessibleNames() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        QCOMPARE(h.panel->accessibleName(), QStringLiteral("Push Verification"));
        for (const QString &name :
             {QStringLiteral("Verification number"), QStringLiteral("Time remaining"),
              QStringLiteral("Cancel verification"), QStringLiteral("Verification result")})
            QVERIFY2(h.named(name), qPrintable(name));
        QCOMPARE(h.named(QStringLiteral("Cancel verification")), h.panel->cancelButton());
        QVERIFY(h.panel->cancelButton()->focusPolicy() & Qt::TabFocus);
    }

    void hiddenWithoutVerification() {
        Harness h;
        QVERIFY(h.panel->isHidden());
    }

    void sending() {
        Harness h;
        QVERIFY(h.rig.sendHeld());
        QVERIFY(h.panel->isVisible());
        QCOMPARE(h.panel->statusLabel()->text(), QStringLiteral("Sending push…"));
        QVERIFY(h.shows(QStringLiteral("John Doe")));
        QVERIFY(h.shows(QStringLiteral("MP-1001")));
        QVERIFY(h.panel->busyRow()->isVisible());
        QVERIFY(!h.panel->numberLabel()->isVisible());
        QVERIFY(!h.panel->countdownLabel()->isVisible());
        QVERIFY(!h.panel->resultLabel()->isVisible());
        QVERIFY(h.panel->cancelButton()->isVisible());
    }

    void numericChallenge_data() {
        QTest::addColumn<QString>("number");
        QTest::newRow("47") << QStringLiteral("47");
        QTest::newRow("10") << QStringLiteral("10");
        QTest::newRow("99") << QStringLiteral("99");
    }
    void numericChallenge() {
        QFETCH(QString, number);
        Harness h;
        QVERIFY(h.rig.sendNumeric(number));
        QLabel *n = h.panel->numberLabel();
        QVERIFY(n->isVisible());
        QCOMPARE(n->text(), number);
        QCOMPARE(n->accessibleDescription(), number);
        // Large and unmistakable.
        QVERIFY(n->font().pixelSize() >= 48);
        QVERIFY(n->font().bold());
        QVERIFY(h.shows(QStringLiteral("Read this number to the caller")));
        QVERIFY(!h.shows(QStringLiteral("Ask the caller to tap Approve in MobilePASS+")));
        QCOMPARE(h.panel->statusLabel()->text(), QStringLiteral("Waiting for user response..."));
        QVERIFY(h.panel->statusLabel()->isVisible());
        QCOMPARE(h.panel->countdownLabel()->text(), QStringLiteral("2:00"));
        QCOMPARE(h.panel->countdownLabel()->accessibleDescription(), QStringLiteral("2:00"));
        QVERIFY(!h.panel->resultLabel()->isVisible());
        QVERIFY(!h.panel->busyRow()->isVisible());
    }

    void plainPush() {
        Harness h;
        QVERIFY(h.rig.sendPlain());
        QVERIFY(!h.panel->numberLabel()->isVisible());
        QVERIFY(h.panel->numberLabel()->accessibleDescription().isEmpty());
        QVERIFY(!h.shows(QStringLiteral("Read this number to the caller")));
        QVERIFY(h.shows(QStringLiteral("Ask the caller to tap Approve in MobilePASS+")));
        QCOMPARE(h.panel->statusLabel()->text(), QStringLiteral("Waiting for user response..."));
        QVERIFY(h.panel->countdownLabel()->isVisible());
        QCOMPARE(h.panel->countdownLabel()->text(), QStringLiteral("2:00"));
    }

    void countdownFollowsTheClock() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        h.rig.clock.advance(std::chrono::seconds(6));
        QTRY_COMPARE_WITH_TIMEOUT(h.panel->countdownLabel()->text(), QStringLiteral("1:54"),
                                  PanelRig::WaitMs);
        QCOMPARE(h.panel->countdownLabel()->accessibleDescription(), QStringLiteral("1:54"));
        h.rig.clock.advance(std::chrono::seconds(65));
        QTRY_COMPARE_WITH_TIMEOUT(h.panel->countdownLabel()->accessibleDescription(),
                                  QStringLiteral("0:49"), PanelRig::WaitMs);
    }

    void results_data() {
        QTest::addColumn<VS>("outcome");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tone");
        QTest::newRow("approved") << VS::Approved << kApproved << QStringLiteral("success");
        QTest::newRow("denied") << VS::Denied << kDenied << QStringLiteral("failure");
        QTest::newRow("wrong number") << VS::WrongNumber << kWrong << QStringLiteral("failure");
        QTest::newRow("timed out") << VS::TimedOut << kTimedOut << QStringLiteral("warning");
    }
    void results() {
        QFETCH(VS, outcome);
        QFETCH(QString, text);
        QFETCH(QString, tone);
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        QVERIFY(h.rig.finish(outcome));
        QLabel *result = h.panel->resultLabel();
        QVERIFY(result->isVisible());
        QCOMPARE(result->text(), text);
        QCOMPARE(result->accessibleDescription(), text);
        QCOMPARE(result->parentWidget()->property(vd::ui::Theme::toneProperty()).toString(), tone);
        QVERIFY(!h.panel->numberLabel()->isVisible());
        QVERIFY(h.panel->numberLabel()->accessibleDescription().isEmpty());
        QVERIFY(!h.panel->countdownLabel()->isVisible());
        QVERIFY(h.panel->countdownLabel()->accessibleDescription().isEmpty());
        // The recommended action is shown with the result.
        QVERIFY(h.shows(h.rig.controller.recommendedAction()));
        QVERIFY(!h.rig.controller.recommendedAction().isEmpty());
    }

    void dispatchFailedShowsReason() {
        Harness h;
        QVERIFY(h.rig.sendDispatchFailed(QStringLiteral("push_disabled")));
        QCOMPARE(h.panel->resultLabel()->text(), kNotSent);
        QCOMPARE(h.panel->resultLabel()->accessibleDescription(), kNotSent);
        QCOMPARE(h.panel->resultLabel()->parentWidget()->property(vd::ui::Theme::toneProperty()),
                 QVariant(QStringLiteral("warning")));
        const QString reason = h.rig.controller.reasonText();
        QVERIFY(!reason.isEmpty());
        bool found = false;
        for (QLabel *l : h.panel->findChildren<QLabel *>())
            found = found || (l->isVisible() && l->text().contains(reason));
        QVERIFY2(found, qPrintable(reason));
        QVERIFY(!h.panel->numberLabel()->isVisible());
    }

    void requestErrorIsNotAResult() {
        Harness h;
        QVERIFY(h.rig.failToSend(409, QStringLiteral("verification_pending"),
                                 QStringLiteral("A verification is already pending.")));
        QVERIFY(h.panel->isVisible());
        QVERIFY(h.panel->resultLabel()->isVisible());
        QCOMPARE(h.panel->resultLabel()->text(), h.rig.controller.statusText());
        QVERIFY(!h.panel->resultLabel()->text().startsWith(QStringLiteral("User Authenticated")));
        QCOMPARE(h.panel->resultLabel()->parentWidget()->property(vd::ui::Theme::toneProperty()),
                 QVariant(QStringLiteral("failure")));
    }

    void reconnecting() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        QVERIFY(h.rig.loseConnection());
        QTRY_COMPARE_WITH_TIMEOUT(h.panel->statusLabel()->text(), QStringLiteral("Reconnecting…"),
                                  PanelRig::WaitMs);
        QVERIFY(h.panel->numberLabel()->isVisible()); // the number stays readable
        bool notice = false;
        for (QLabel *l : h.panel->findChildren<QLabel *>())
            notice = notice || (l->isVisible() && l->text().contains(QStringLiteral("retrying")));
        QVERIFY(notice);
    }

    void cancelButtonClosesAtOnce_data() {
        QTest::addColumn<bool>("waiting");
        QTest::newRow("sending") << false;
        QTest::newRow("waiting") << true;
    }
    void cancelButtonClosesAtOnce() {
        QFETCH(bool, waiting);
        Harness h;
        QVERIFY(waiting ? h.rig.sendNumeric() : h.rig.sendHeld());
        QTest::mouseClick(h.panel->cancelButton(), Qt::LeftButton);
        // No event loop turn: the panel is gone the moment ✕ is released.
        QVERIFY(h.panel->isHidden());
        QCOMPARE(h.rig.controller.state(), State::Hidden);
        if (waiting)
            QTRY_COMPARE_WITH_TIMEOUT(h.deletes(), 1, PanelRig::WaitMs);
    }

    void escapeCancelsLikeTheCross() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        h.panel->cancelButton()->setFocus();
        QTest::keyClick(h.panel->cancelButton(), Qt::Key_Escape);
        QVERIFY(h.panel->isHidden());
        QCOMPARE(h.rig.controller.state(), State::Hidden);
        QTRY_COMPARE_WITH_TIMEOUT(h.deletes(), 1, PanelRig::WaitMs);
    }

    void escapeAfterResultIsNotACancel() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        QVERIFY(h.rig.finish(VS::Approved));
        QTest::keyClick(h.panel, Qt::Key_Escape);
        QVERIFY(h.panel->isVisible()); // the dialog, not the panel, handles this Esc
        QCOMPARE(h.deletes(), 0);
    }

    void answerAfterCancelIsIgnored() {
        Harness h;
        QVERIFY(h.rig.sendNumeric());
        QTest::mouseClick(h.panel->cancelButton(), Qt::LeftButton);
        QVERIFY(h.panel->isHidden());
        vd::protocol::Verification late =
            h.rig.make(VS::Approved, vd::wire::Mode::NumericChallenge);
        Q_EMIT h.rig.events.verificationUpdated(late);
        QTest::qWait(50);
        QVERIFY(h.panel->isHidden());
        QVERIFY(h.panel->resultLabel()->text().isEmpty());
    }

    void descriptionsFollowEveryChange() {
        Harness h;
        QLabel *countdown = h.panel->countdownLabel();
        QVERIFY(h.rig.sendNumeric());
        for (int i = 1; i <= 3; ++i) {
            h.rig.clock.advance(std::chrono::seconds(1));
            QTRY_COMPARE_WITH_TIMEOUT(countdown->accessibleDescription(),
                                      QStringLiteral("1:%1").arg(60 - i), PanelRig::WaitMs);
            QCOMPARE(countdown->text(), countdown->accessibleDescription());
        }
        QVERIFY(h.rig.finish(VS::Denied));
        QCOMPARE(h.panel->resultLabel()->accessibleDescription(), kDenied);
    }

    void displayedSignal() {
        Harness h;
        int shown = 0;
        int hidden = 0;
        connect(h.panel, &PushVerificationPanel::displayedChanged, this,
                [&](bool displayed) { ++(displayed ? shown : hidden); });
        QVERIFY(h.rig.sendNumeric());
        QCOMPARE(shown, 1);
        QTest::mouseClick(h.panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(hidden, 1);
    }
};

QTEST_MAIN(TestPushVerificationPanel)
#include "tst_pushverificationpanel.moc"
