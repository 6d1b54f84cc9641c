// SPDX-License-Identifier: MIT
// Kiosk mode offscreen: close refused, no Quit and no "Keep me signed in", idle sign-out with
// its 30-second warning on a fake clock, the operator's data gone from the screen, one
// console per station.
#include "flowrig.h"
#include "idlewarning.h"
#include "idlewatch.h"
#include "kioskpolicy.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "theme.h"
#include "usersearchmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>
#include <chrono>

using namespace std::chrono_literals;
using vd::test::FlowRig;
using Values = FlowRig::Values;

namespace {
constexpr int kWait = 10000;

struct KioskRig : FlowRig {
    explicit KioskRig(Values system = {}, bool commandLine = true)
        : FlowRig(system) {
        vd::ui::ConsoleFlow::Options o;
        o.kiosk = commandLine;
        start(o);
    }
};

bool quitOffered(vd::ui::MainWindow *w) {
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->menuRole() == QAction::QuitRole && a->isVisible())
            return true;
    }
    return false;
}
} // namespace

class TestKiosk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void policy_data() {
        QTest::addColumn<bool>("commandLine");
        QTest::addColumn<Values>("system");
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("idle");
        QTest::newRow("desktop") << false << Values{} << false << true << 0;
        QTest::newRow("--kiosk") << true << Values{} << true << false << 0;
        QTest::newRow("managed kiosk")
            << false
            << Values{{QStringLiteral("ui/kiosk"), QStringLiteral("true")},
                      {QStringLiteral("session/idleSignOutMinutes"), QStringLiteral("5")}}
            << true << false << 5;
        QTest::newRow("keep forbidden")
            << false << Values{{QStringLiteral("session/allowKeepSignedIn"), QStringLiteral("0")}}
            << false << false << 0;
    }
    void policy() {
        QFETCH(bool, commandLine);
        QFETCH(Values, system);
        QFETCH(bool, kiosk);
        QFETCH(bool, keep);
        QFETCH(int, idle);
        FlowRig r(system);
        const auto p = vd::app::KioskPolicy::from(r.settings.get(), commandLine);
        QCOMPARE(p.kiosk, kiosk);
        QCOMPARE(p.fullScreen, kiosk);
        QCOMPARE(p.closeAllowed, !kiosk);
        QCOMPARE(p.singleInstance, kiosk);
        QCOMPARE(p.keepSignedIn, keep);
        QCOMPARE(int(p.idleSignOut.count()), idle);
    }

    void signInIsFullScreenWithoutQuitOrKeep() {
        KioskRig r;
        vd::ui::LoginDialog *d = r.flow->loginDialog();
        QVERIFY(d->isVisible());
        QVERIFY(d->isFullScreen());
        QVERIFY(d->windowFlags() & Qt::FramelessWindowHint);
        QVERIFY(!d->keepSignedInBox()->isVisible());
        QVERIFY(!d->quitButton()->isVisible());
        QSignalSpy quit(r.flow.get(), &vd::ui::ConsoleFlow::quitRequested);
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(!d->close());
        QVERIFY(d->windowHandle() && !d->windowHandle()->close());
        QTest::keyClick(d, Qt::Key_F4, Qt::AltModifier);
        QVERIFY(d->isVisible());
        QCOMPARE(quit.count(), 0);
    }

    void mainWindowRefusesClose() {
        KioskRig r;
        QVERIFY(r.signIn());
        vd::ui::MainWindow *w = r.flow->mainWindow();
        QVERIFY(w->isFullScreen());
        QVERIFY(w->windowFlags() & Qt::FramelessWindowHint);
        QVERIFY(!quitOffered(w));
        QSignalSpy quit(r.flow.get(), &vd::ui::ConsoleFlow::quitRequested);
        QVERIFY(!w->close()); // what the close button and Alt+F4 do
        QVERIFY(w->isVisible());
        // Alt+F4 reaches Qt from the window manager as a close request on the native window.
        QVERIFY(w->windowHandle());
        QVERIFY(!w->windowHandle()->close());
        QCloseEvent event;
        QApplication::sendEvent(w, &event);
        QVERIFY(!event.isAccepted());
        // The hidden Quit action keeps no live shortcut either.
        QTest::keyClick(w, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(w, Qt::Key_F4, Qt::AltModifier);
        QVERIFY(w->isVisible());
        QCOMPARE(quit.count(), 0);
    }

    void desktopCloseStillQuits() {
        FlowRig r;
        r.start();
        QVERIFY(r.signIn());
        QVERIFY(quitOffered(r.flow->mainWindow()));
        QSignalSpy quit(r.flow.get(), &vd::ui::ConsoleFlow::quitRequested);
        QVERIFY(r.flow->mainWindow()->close());
        QCOMPARE(quit.count(), 1);
    }

    void idleSignOutWarnsThenSignsOut() {
        KioskRig r(Values{{QStringLiteral("session/idleSignOutMinutes"), QStringLiteral("2")}});
        QVERIFY(r.signIn());
        vd::app::IdleWatch *idle = r.flow->idleWatch();
        QVERIFY(idle->isRunning());
        vd::ui::MainWindow *w = r.flow->mainWindow();
        w->searchModel()->setQuery(QStringLiteral("a"));
        QTRY_VERIFY_WITH_TIMEOUT(w->searchModel()->rowCount() > 0, kWait);

        r.clock.advance(89s);
        idle->check();
        QVERIFY(!idle->isWarning());
        QVERIFY(!r.flow->idleWarning() || !r.flow->idleWarning()->isVisible());

        r.clock.advance(1s); // 30 s before the two minutes
        idle->check();
        QVERIFY(idle->isWarning());
        QVERIFY(r.flow->idleWarning()->isVisible());
        QVERIFY(r.flow->idleWarning()->text().contains(QStringLiteral("signed out in 30")));
        r.clock.advance(10s);
        idle->check();
        QVERIFY(r.flow->idleWarning()->text().contains(QStringLiteral("20")));

        r.clock.advance(20s);
        idle->check();
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->loginDialog()->isVisible(), kWait);
        QVERIFY(!w->isVisible());
        QVERIFY(!r.flow->idleWarning()->isVisible());
        QCOMPARE(w->searchModel()->rowCount(), 0); // wiped from memory, not only hidden
        QVERIFY(!r.session.isSignedIn());
    }

    void inputCancelsTheWarning() {
        KioskRig r(Values{{QStringLiteral("session/idleSignOutMinutes"), QStringLiteral("1")}});
        QVERIFY(r.signIn());
        vd::app::IdleWatch *idle = r.flow->idleWatch();
        r.clock.advance(45s);
        idle->check();
        QVERIFY(r.flow->idleWarning()->isVisible());
        // A real key press through the application, as the event filter sees it.
        QTest::keyClick(r.flow->mainWindow(), Qt::Key_Shift);
        QVERIFY(!idle->isWarning());
        QVERIFY(!r.flow->idleWarning()->isVisible());
        r.clock.advance(45s);
        idle->check();
        QVERIFY(r.flow->mainWindow()->isVisible()); // a full minute again from the key press
        QVERIFY(r.flow->idleWarning()->isVisible());
        QTest::mouseClick(r.flow->idleWarning()->stayButton(), Qt::LeftButton);
        QVERIFY(!idle->isWarning());
    }

    void idleWatchOffWithoutLimit() {
        KioskRig r;
        QVERIFY(r.signIn());
        r.clock.advance(24h);
        r.flow->idleWatch()->check();
        QVERIFY(r.flow->mainWindow()->isVisible());
    }

    void signOutClosesDialogs() {
        KioskRig r;
        QVERIFY(r.signIn());
        auto *other = new QDialog(r.flow->mainWindow());
        other->show();
        r.session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->loginDialog()->isVisible(), kWait);
        QVERIFY(!other->isVisible());
        QVERIFY(!r.flow->mainWindow()->isVisible());
    }

    void oneConsolePerStation() {
        FlowRig r; // only for its temp folder
        const QString key = QStringLiteral("vd-test-%1").arg(QCoreApplication::applicationPid());
        vd::app::SingleInstance first(key, r.dir.path());
        QVERIFY(first.acquire());
        QSignalSpy activated(&first, &vd::app::SingleInstance::activationRequested);
        vd::app::SingleInstance second(key, r.dir.path());
        QVERIFY(!second.acquire());
        QVERIFY(!second.isPrimary());
        QTRY_VERIFY_WITH_TIMEOUT(activated.count() >= 1, kWait);
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
