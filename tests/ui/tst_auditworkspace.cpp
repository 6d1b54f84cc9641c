// SPDX-License-Identifier: MIT
// The audit side of the main window on fakes: Snapshot and Policy menus (before Help,
// disabled with the reason without audit view), the activity tabs, a user record's own
// activity, refresh when a verification ends, follow-up actions in the Manage dialog, and the
// Policy and Account pages (editable with policy: edit, read-only otherwise; a saved change
// reaches the next Send Push).
#include "accountpage.h"
#include "apiclient.h"
#include "auditfilterbar.h"
#include "auditrefreshtrigger.h"
#include "auditworkspace.h"
#include "authactivityview.h"
#include "authauditmodel.h"
#include "eventstream.h"
#include "fakeauditlog.h"
#include "fakeclock.h"
#include "fakedirectory.h"
#include "fakeeventsocket.h"
#include "fixtures.h"
#include "followupactionspanel.h"
#include "followupcontroller.h"
#include "mainwindow.h"
#include "managetokendialog.h"
#include "operatoractivityview.h"
#include "policypage.h"
#include "session.h"
#include "theme.h"
#include "userrecordwidget.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUrlQuery>

using vd::test::FakeAuditLog;
using vd::test::FakeDirectory;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using vd::ui::AuditWorkspace;
using P = vd::wire::Permission;

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
    FakeAuditLog log;
    std::unique_ptr<vd::ui::MainWindow> window;
    bool signedIn = false;

    explicit Console(P audit = P::View, P policy = P::View) {
        api.setServerUrl(kServer);
        auto info = Fixtures::session(QStringLiteral("t"));
        info.operatorInfo.permissions.audit = audit;
        info.operatorInfo.permissions.policy = policy;
        transport.route("POST", QStringLiteral("/api/v1/session"),
                        FakeTransport::json(201, info.toJson()));
        transport.route("GET", QStringLiteral("/api/v1/policy"),
                        FakeTransport::json(200, info.policy.toJson()));
        transport.route("GET", QStringLiteral("/api/v1/account"),
                        FakeTransport::json(200, info.account.toJson()));
        FakeDirectory::install(transport, FakeDirectory::people(5));
        log.install(transport);
        log.addAuthentication(12, QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC),
                              {QStringLiteral("jdoe"), QStringLiteral("asmith")});
        session.signIn(QStringLiteral("helpdesk"), QStringLiteral("pw"), false);
        signedIn = QTest::qWaitFor([this] { return session.isSignedIn(); }, kWait);
        vd::ui::ConsoleContext c;
        c.api = &api;
        c.session = &session;
        c.events = &events;
        c.clock = &clock;
        window = std::make_unique<vd::ui::MainWindow>(c);
        window->resize(1200, 760);
        window->show();
    }
    AuditWorkspace *audit() const { return window->auditWorkspace(); }
    QStringList menuTitles() const {
        QStringList titles;
        for (QAction *a : window->menuBar()->actions())
            titles << a->text().remove(QLatin1Char('&'));
        return titles;
    }
    vd::protocol::User jdoe() const { return FakeDirectory::people(5).first(); }
};

} // namespace

class TestAuditWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }
    void menusBeforeHelp();
    void snapshotNeedsAuditView_data();
    void snapshotNeedsAuditView();
    void activityOpensOnceAsTab();
    void userRecordShowsThatUsersActivity();
    void refreshWhenAVerificationEnds();
    void manageDialogHasFollowUpActions();
    void policyPage_data();
    void policyPage();
    void accountChangeReachesSendPush();
};

void TestAuditWorkspace::menusBeforeHelp() {
    Console c;
    QVERIFY(c.signedIn);
    const QStringList titles = c.menuTitles();
    QCOMPARE(titles.last(), QStringLiteral("Help"));
    QCOMPARE(titles.at(titles.size() - 3), QStringLiteral("Snapshot"));
    QCOMPARE(titles.at(titles.size() - 2), QStringLiteral("Policy"));
    QCOMPARE(c.audit()->authActivityAction()->text().remove(QLatin1Char('&')),
             QStringLiteral("Authentication Activity"));
    QCOMPARE(c.audit()->policyAction()->text().remove(QLatin1Char('&')),
             QStringLiteral("Authentication Policy"));
}

void TestAuditWorkspace::snapshotNeedsAuditView_data() {
    QTest::addColumn<P>("audit");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("audit view") << P::View << true;
    QTest::newRow("no audit") << P::None << false;
}

void TestAuditWorkspace::snapshotNeedsAuditView() {
    QFETCH(P, audit);
    QFETCH(bool, enabled);
    Console c(audit);
    QVERIFY(c.signedIn);
    for (QAction *a : {c.audit()->authActivityAction(), c.audit()->operatorActivityAction()}) {
        QCOMPARE(a->isEnabled(), enabled);
        QCOMPARE(a->statusTip().contains(QStringLiteral("Audit: View")), !enabled);
    }
    // The user record says why instead of showing the log.
    vd::ui::UserRecordWidget *record = c.window->openUser(c.jdoe());
    auto *view = record->findChild<vd::ui::AuthActivityView *>();
    QVERIFY(view);
    QTest::qWait(50);
    QCOMPARE(c.log.authenticationRequests > 0, enabled);
}

void TestAuditWorkspace::activityOpensOnceAsTab() {
    Console c;
    QVERIFY(c.signedIn);
    c.audit()->authActivityAction()->trigger();
    auto *view = qobject_cast<vd::ui::AuthActivityView *>(c.window->tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(c.window->tabs()->tabText(c.window->tabs()->currentIndex()),
             QStringLiteral("Authentication Activity"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 12, kWait);
    const int tabs = c.window->tabs()->count();
    c.window->tabs()->setCurrentIndex(0);
    c.audit()->authActivityAction()->trigger();
    QCOMPARE(c.window->tabs()->count(), tabs);
    QCOMPARE(c.window->tabs()->currentWidget(), view);
    c.audit()->operatorActivityAction()->trigger();
    QVERIFY(qobject_cast<vd::ui::OperatorActivityView *>(c.window->tabs()->currentWidget()));
    // Sign-out closes them with the records.
    c.window->closeRecords();
    QCOMPARE(c.window->tabs()->count(), 1);
}

void TestAuditWorkspace::userRecordShowsThatUsersActivity() {
    Console c;
    QVERIFY(c.signedIn);
    vd::ui::UserRecordWidget *record = c.window->openUser(c.jdoe());
    auto *view = record->findChild<vd::ui::AuthActivityView *>();
    QVERIFY(view);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, kWait);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QCOMPARE(view->model()->entryAt(r).userId, QStringLiteral("jdoe"));
    QVERIFY(!view->filterBar()->textField()->isVisibleTo(view));
    QVERIFY(view->isVisible());
}

void TestAuditWorkspace::refreshWhenAVerificationEnds() {
    Console c;
    QVERIFY(c.signedIn);
    c.audit()->refreshTrigger()->setDelay(std::chrono::milliseconds(10));
    c.events.start(kServer, "t");
    c.socket->acceptConnection();
    vd::ui::AuthActivityView *view = c.audit()->openAuthenticationActivity();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 12, kWait);
    const int before = c.log.authenticationRequests;
    c.log.addAuthentication(1, QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
    const auto approved = Fixtures::verification(
        QStringLiteral("v9"), vd::wire::VerificationState::Approved, c.clock.now());
    c.socket->deliver(Fixtures::event(approved));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 13, kWait);
    QCOMPARE(c.log.authenticationRequests, before + 1);
}

void TestAuditWorkspace::manageDialogHasFollowUpActions() {
    Console c;
    QVERIFY(c.signedIn);
    vd::ui::ManageTokenDialog *dialog =
        c.window->manageToken(c.jdoe(), Fixtures::token(QStringLiteral("MP-1001")));
    auto *panel = dialog->findChild<vd::ui::FollowUpActionsPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->controller());
    QCOMPARE(panel->controller()->windowMinutes(), 10);
    QCOMPARE(panel->controller()->lock(), vd::app::FollowUpController::Lock::NotVerified);
    QVERIFY(!panel->button(vd::wire::FollowUpAction::Revoke)->isEnabled());
    // The policy's window follows the session.
    auto policy = c.session.policy();
    policy.followUpWindowMinutes = 25;
    c.session.setPolicy(policy);
    QCOMPARE(panel->controller()->windowMinutes(), 25);
}

void TestAuditWorkspace::policyPage_data() {
    QTest::addColumn<P>("policy");
    QTest::addColumn<bool>("editable");
    QTest::newRow("policy edit") << P::Edit << true;
    QTest::newRow("policy view") << P::View << false;
}

void TestAuditWorkspace::policyPage() {
    QFETCH(P, policy);
    QFETCH(bool, editable);
    Console c(P::View, policy);
    QVERIFY(c.signedIn);
    c.audit()->policyAction()->trigger();
    auto *page = qobject_cast<vd::ui::PolicyPage *>(c.window->tabs()->currentWidget());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded(vd::app::PolicyEditor::Part::Policy), kWait);
    QVERIFY(page->numericChallengeBox()->isChecked());
    QCOMPARE(page->organizationEdit()->text(), QStringLiteral("Acme Corp"));
    QCOMPARE(page->windowBox()->value(), 10);
    QCOMPARE(page->numericChallengeBox()->isEnabled(), editable);
    QCOMPARE(page->organizationEdit()->isReadOnly(), !editable);
    QCOMPARE(page->readOnlyLabel()->isVisibleTo(page), !editable);
    QCOMPARE(page->saveButton()->isVisibleTo(page), editable);
    if (!editable)
        return;
    QVERIFY(!page->saveButton()->isEnabled());
    auto saved = c.session.policy();
    saved.numericChallengeEnabled = false;
    c.transport.route("PUT", QStringLiteral("/api/v1/policy"),
                      FakeTransport::json(200, saved.toJson()));
    page->numericChallengeBox()->click();
    QVERIFY(page->saveButton()->isEnabled());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.session.policy().numericChallengeEnabled, kWait);
    QCOMPARE(c.transport.matching("PUT", QStringLiteral("/api/v1/policy")).first().json(),
             (QJsonObject{{QStringLiteral("numericChallengeEnabled"), false}}));
    QVERIFY(page->messageLabel()->text().contains(QStringLiteral("next Send Push")));
    // An invalid value is explained, not sent.
    page->organizationEdit()->clear();
    QTest::keyClick(page->organizationEdit(), Qt::Key_Space);
    QVERIFY(page->errorLabel()->isVisibleTo(page));
    QVERIFY(!page->saveButton()->isEnabled());
}

void TestAuditWorkspace::accountChangeReachesSendPush() {
    Console c(P::View, P::Edit);
    QVERIFY(c.signedIn);
    vd::ui::ManageTokenDialog *dialog =
        c.window->manageToken(c.jdoe(), Fixtures::token(QStringLiteral("MP-1001")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sendPushButton()->isVisible(), kWait);
    vd::ui::AccountPage *page = c.audit()->openAccount();
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded(vd::app::PolicyEditor::Part::Account), kWait);
    QVERIFY(page->helpdeskPushBox()->isChecked());
    QCOMPARE(page->accountNameLabel()->text(), QStringLiteral("Acme Corp"));
    auto off = c.session.account();
    off.helpdeskPushVerification = false;
    c.transport.route("PUT", QStringLiteral("/api/v1/account"),
                      FakeTransport::json(200, off.toJson()));
    page->helpdeskPushBox()->click();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c.session.account().helpdeskPushVerification, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->sendPushButton()->isVisible(), kWait);
}

QTEST_MAIN(TestAuditWorkspace)
#include "tst_auditworkspace.moc"
