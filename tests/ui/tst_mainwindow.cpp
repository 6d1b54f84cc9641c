// SPDX-License-Identifier: MIT
// MainWindow wiring: status bar (operator, server, event stream), Ctrl+F, opening a user
// record from the results and a Manage dialog from the record, sign-out in the menu.
#include "apiclient.h"
#include "assignmentpage.h"
#include "connectionindicator.h"
#include "eventstream.h"
#include "fakeclock.h"
#include "fakedirectory.h"
#include "fakeeventsocket.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "managetokendialog.h"
#include "session.h"
#include "theme.h"
#include "tokenlistmodel.h"
#include "userrecordwidget.h"
#include "usersearchmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using vd::test::FakeDirectory;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using vd::ui::MainWindow;

namespace {
constexpr int kWait = 10000;
const QUrl kServer(QStringLiteral("http://127.0.0.1:8470"));

struct Console {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    vd::app::Session session{&api, nullptr};
    vd::test::FakeEventSocket *socket = new vd::test::FakeEventSocket;
    vd::app::EventStream events{socket};
    vd::test::FakeClock clock;
    std::unique_ptr<MainWindow> window;

    Console() {
        api.setServerUrl(kServer);
        transport.route("POST", QStringLiteral("/api/v1/session"),
                        FakeTransport::json(201, Fixtures::session(QStringLiteral("t")).toJson()));
        FakeDirectory::install(transport, FakeDirectory::people(20));
        session.signIn(QStringLiteral("helpdesk"), QStringLiteral("pw"), false);
        signedIn = QTest::qWaitFor([this] { return session.isSignedIn(); }, kWait);
        vd::ui::ConsoleContext c;
        c.api = &api;
        c.session = &session;
        c.events = &events;
        c.clock = &clock;
        window = std::make_unique<MainWindow>(c);
        window->show();
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
    }
    bool signedIn = false;
    bool active = false;

    QString statusText() const {
        QStringList parts;
        for (QLabel *l : window->statusBar()->findChildren<QLabel *>())
            parts << l->text();
        return parts.join(QLatin1Char('|'));
    }
};
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void statusBarShowsOperatorServerAndStream() {
        Console c;
        QVERIFY(c.signedIn);
        QVERIFY(c.statusText().contains(QStringLiteral("helpdesk")));
        QVERIFY(c.statusText().contains(kServer.toString()));
        using S = vd::ui::ConnectionIndicator::State;
        QCOMPARE(c.window->connectionIndicator()->state(), S::Off);
        c.events.start(kServer, "t");
        c.window->updateConnection();
        QCOMPARE(c.window->connectionIndicator()->state(), S::Connecting);
        c.socket->acceptConnection();
        QTRY_COMPARE_WITH_TIMEOUT(c.window->connectionIndicator()->state(), S::Connected, kWait);
        c.socket->drop();
        QTRY_COMPARE_WITH_TIMEOUT(c.window->connectionIndicator()->state(), S::Connecting, kWait);
        QVERIFY(!c.window->connectionIndicator()->text().isEmpty());
    }

    void ctrlFFocusesTheSearch() {
        Console c;
        QVERIFY(c.active);
        c.window->menuBar()->setFocus();
        QTest::keyClick(c.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(c.window->assignmentPage()->searchField()->hasFocus(), kWait);
    }

    void fromSearchToManage() {
        Console c;
        QVERIFY(c.signedIn);
        vd::ui::AssignmentPage *page = c.window->assignmentPage();
        page->searchField()->setText(QStringLiteral("jdoe"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(c.window->searchModel()->rowCount(), 1, kWait);

        QTableView *users = page->usersTable();
        const QRect cell = users->visualRect(c.window->searchModel()->index(0, 0));
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, cell.center());
        vd::ui::UserRecordWidget *record = c.window->userRecord(QStringLiteral("jdoe"));
        QVERIFY(record);
        QCOMPARE(c.window->tabs()->currentWidget(), record);
        // A second gesture on the same user focuses the open record instead of a duplicate.
        QTest::mouseDClick(users->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(c.window->tabs()->count(), 2);

        QTRY_VERIFY_WITH_TIMEOUT(record->tokenModel()->rowCount() > 0, kWait);
        record->tokensTable()->selectRow(0);
        QTest::mouseClick(record->manageButton(), Qt::LeftButton);
        vd::ui::ManageTokenDialog *dialog = c.window->manageDialog(QStringLiteral("MP-1001"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWait);
        QVERIFY(dialog->sendPushButton()->isVisible());
        QVERIFY(dialog->sendPushButton()->isEnabled());

        c.window->closeRecords();
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->manageDialog(QStringLiteral("MP-1001")), kWait);
        QCOMPARE(c.window->tabs()->count(), 1);
    }

    void signOutIsInTheMenu() {
        Console c;
        QSignalSpy spy(c.window.get(), &MainWindow::signOutRequested);
        QAction *signOut = nullptr;
        for (QAction *menu : c.window->menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Sign out"))
                    signOut = a;
            }
        }
        QVERIFY(signOut);
        signOut->trigger();
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
