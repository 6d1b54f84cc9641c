// SPDX-License-Identifier: MIT
// The audit views offscreen on a fake audit server: columns, filters from the bar to the
// wire, read-only table, copy row, CSV export of the whole filter, the reason without audit
// view, one user's activity, and the dispatch ↔ outcome pairing with the follow-up actions of
// the selected verification.
#include "apiclient.h"
#include "auditfilterbar.h"
#include "auditperiod.h"
#include "audittableview.h"
#include "authactivityview.h"
#include "authauditmodel.h"
#include "fakeauditlog.h"
#include "fakeclock.h"
#include "faketransport.h"
#include "operatoractivityview.h"
#include "operatorauditmodel.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using vd::test::FakeAuditLog;
using vd::test::FakeTransport;
using vd::ui::AuditFilterBar;
using vd::ui::AuthActivityView;
using vd::ui::OperatorActivityView;

namespace {

constexpr int kWait = 10000;
const QDateTime kStart(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

vd::protocol::Permissions withAudit(vd::wire::Permission audit) {
    vd::protocol::Permissions p;
    p.authenticationMethods = vd::wire::Permission::Edit;
    p.audit = audit;
    return p;
}

struct Rig {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    vd::test::FakeClock clock{QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC)};
    FakeAuditLog log;
    Rig() {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        api.setSessionToken("tok");
        log.install(transport);
        log.addAuthentication(40, kStart, {QStringLiteral("jdoe"), QStringLiteral("asmith")});
        log.authentication[39].ticket = QStringLiteral("INC-7");
        log.addVerification(QStringLiteral("v1"), kStart, QStringLiteral("approved"),
                            QStringLiteral("helpdesk"), QStringLiteral("jdoe"),
                            QStringLiteral("INC-7"));
        log.addFollowUp(QStringLiteral("v1"), QStringLiteral("TokenSuspend"), kStart.addSecs(60));
        vd::protocol::OperatorAuditEntry change;
        change.id = QStringLiteral("c1");
        change.time = kStart.addSecs(120);
        change.operatorName = QStringLiteral("admin");
        change.actionType = QStringLiteral("PolicyChange");
        change.message = QStringLiteral("Policy changed: followUpWindowMinutes: 10 \u2192 15");
        log.operatorEntries.append(change);
        log.addVerification(QStringLiteral("v2"), kStart.addSecs(300), QStringLiteral("denied"));
    }
    QString lastQuery(const QString &path, const char *name) const {
        const auto sent = transport.matching("GET", path);
        return sent.isEmpty() ? QString()
                              : QUrlQuery(sent.last().request.url)
                                    .queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    }
};

} // namespace

class TestAuditViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }
    void authenticationColumnsAndOrder();
    void filtersReachTheServer();
    void withoutAuditViewSaysWhy();
    void oneUsersActivity();
    void copyRowAsText();
    void exportWritesEveryFilteredEntry();
    void selectingAnEntryShowsItsTrail_data();
    void selectingAnEntryShowsItsTrail();
    void entryOfNoVerification();
    void operatorFilters();
};

void TestAuditViews::authenticationColumnsAndOrder() {
    Rig rig;
    AuthActivityView view(&rig.api, &rig.clock);
    view.resize(1200, 600);
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 40, kWait);
    QTableView *table = view.tableView()->table();
    QCOMPARE(table->accessibleName(), QStringLiteral("Authentication Activity"));
    QStringList headers;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Token"),
                          QStringLiteral("Resource"), QStringLiteral("Result"),
                          QStringLiteral("Message"), QStringLiteral("Ticket")}));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table->isSortingEnabled());
    // Newest first, and the ticket shows.
    QCOMPARE(table->model()->index(0, 6).data().toString(), QStringLiteral("INC-7"));
    QVERIFY(table->model()
                ->index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral("Z UTC")));
    QVERIFY(view.tableView()->statusLabel()->text().contains(QStringLiteral("40")));
}

void TestAuditViews::filtersReachTheServer() {
    Rig rig;
    AuthActivityView view(&rig.api, &rig.clock);
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 40, kWait);
    AuditFilterBar *bar = view.filterBar();
    QTest::keyClicks(bar->textField(), QStringLiteral("asmith"));
    QTest::keyClick(bar->textField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(rig.lastQuery(FakeAuditLog::AuthenticationPath, "userId"),
                              QStringLiteral("asmith"), kWait);
    bar->choiceBox()->setCurrentIndex(bar->choiceBox()->findData(QStringLiteral("Failure")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.lastQuery(FakeAuditLog::AuthenticationPath, "result"),
                              QStringLiteral("Failure"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 7, kWait); // odd multiples of 3 below 40
    bar->periodBox()->setCurrentIndex(
        bar->periodBox()->findData(int(vd::app::AuditPeriod::Preset::Last24Hours)));
    QTRY_COMPARE_WITH_TIMEOUT(rig.lastQuery(FakeAuditLog::AuthenticationPath, "from"),
                              QStringLiteral("2026-12-02T10:00:00.000Z"), kWait);
    // All of them are older than a day.
    QTRY_VERIFY_WITH_TIMEOUT(
        view.tableView()->statusLabel()->text().contains(QStringLiteral("No entries")), kWait);
    QCOMPARE(view.model()->rowCount(), 0);
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 40, kWait);
    QVERIFY(rig.lastQuery(FakeAuditLog::AuthenticationPath, "userId").isEmpty());
}

void TestAuditViews::withoutAuditViewSaysWhy() {
    Rig rig;
    AuthActivityView view(&rig.api, &rig.clock);
    view.setPermissions(withAudit(vd::wire::Permission::None));
    QTest::qWait(50);
    QCOMPARE(rig.log.authenticationRequests, 0);
    QVERIFY(view.tableView()->deniedLabel()->isVisibleTo(&view));
    QVERIFY(!view.tableView()->table()->isVisibleTo(&view));
    QVERIFY(view.tableView()->deniedLabel()->text().contains(QStringLiteral("Audit: View")));
    QVERIFY(!view.tableView()->exportButton()->isEnabled());
    QVERIFY(!view.filterBar()->isEnabled());
    // Granted later (the session changed): it loads.
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 40, kWait);
    QVERIFY(view.tableView()->table()->isVisibleTo(&view));
}

void TestAuditViews::oneUsersActivity() {
    Rig rig;
    AuthActivityView view(&rig.api, &rig.clock);
    view.setFixedUser(QStringLiteral("jdoe"));
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 20, kWait);
    QCOMPARE(rig.lastQuery(FakeAuditLog::AuthenticationPath, "userId"), QStringLiteral("jdoe"));
    QVERIFY(!view.filterBar()->textField()->isVisibleTo(&view));
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(view.model()->entryAt(r).userId, QStringLiteral("jdoe"));
}

void TestAuditViews::copyRowAsText() {
    Rig rig;
    AuthActivityView view(&rig.api, &rig.clock);
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 40, kWait);
    QVERIFY(!view.tableView()->copyButton()->isEnabled());
    view.tableView()->table()->selectRow(0);
    QVERIFY(view.tableView()->copyButton()->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(view.tableView()->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Ticket: INC-7")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("(2026-12-01T08:39:00.000Z)")));
    QVERIFY(copied.contains(QStringLiteral("Result: ")));
}

void TestAuditViews::exportWritesEveryFilteredEntry() {
    Rig rig;
    QTemporaryDir dir;
    AuthActivityView view(&rig.api, &rig.clock);
    view.model()->setPageSize(10); // the view shows 10; the export must still hold all
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 10, kWait);
    QString suggested;
    const QString path = dir.filePath(QStringLiteral("incident"));
    view.tableView()->setExportPathProvider([&](QWidget *, const QString &name) {
        suggested = name;
        return path;
    });
    QSignalSpy exported(view.tableView(), &vd::ui::AuditTableView::exported);
    QTest::mouseClick(view.tableView()->exportButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kWait);
    QVERIFY(suggested.startsWith(QStringLiteral("authentication-activity-")));
    QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 41);
    QVERIFY(view.tableView()->statusLabel()->text().contains(QStringLiteral("Exported 40")));
    QCOMPARE(view.model()->rowCount(), 10); // the view itself did not load everything
}

void TestAuditViews::selectingAnEntryShowsItsTrail_data() {
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("other"); // the paired entry that must be listed too
    QTest::newRow("dispatch shows its outcome")
        << QStringLiteral("v1-dispatch") << QStringLiteral("v1-outcome");
    QTest::newRow("outcome shows its dispatch")
        << QStringLiteral("v1-outcome") << QStringLiteral("v1-dispatch");
    QTest::newRow("follow-up shows both")
        << QStringLiteral("v1-TokenSuspend") << QStringLiteral("v1-dispatch");
}

void TestAuditViews::selectingAnEntryShowsItsTrail() {
    QFETCH(QString, entry);
    QFETCH(QString, other);
    Rig rig;
    OperatorActivityView view(&rig.api, &rig.clock);
    view.resize(1200, 700);
    view.show();
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 6, kWait);
    QVERIFY(!view.trailTable()->isVisible());
    const int row = view.model()->rowOfEntry(entry);
    QVERIFY(row >= 0);
    view.tableView()->table()->selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(view.trailModel()->rowCount(), 3, kWait);
    QCOMPARE(rig.lastQuery(FakeAuditLog::OperatorPath, "verificationId"), QStringLiteral("v1"));
    QVERIFY(view.trailTable()->isVisible());
    QVERIFY(view.trailModel()->rowOfEntry(other) >= 0);
    QVERIFY(view.trailModel()->rowOfEntry(QStringLiteral("v1-TokenSuspend")) >= 0);
    QVERIFY(view.trailModel()->rowOfEntry(QStringLiteral("c1")) < 0);
    // The selected entry is marked in the trail; the others are not.
    const int selected = view.trailModel()->rowOfEntry(entry);
    QVERIFY(view.trailModel()
                ->index(selected, 0)
                .data(vd::app::OperatorAuditModel::HighlightRole)
                .toBool());
    QVERIFY(!view.trailModel()
                 ->index(view.trailModel()->rowOfEntry(other), 0)
                 .data(vd::app::OperatorAuditModel::HighlightRole)
                 .toBool());
    const QString summary = view.trailSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("Dispatched by helpdesk")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("outcome Approved")));
    QVERIFY(summary.contains(QStringLiteral("TokenSuspend")));
}

void TestAuditViews::entryOfNoVerification() {
    Rig rig;
    OperatorActivityView view(&rig.api, &rig.clock);
    view.show();
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 6, kWait);
    view.tableView()->table()->selectRow(view.model()->rowOfEntry(QStringLiteral("c1")));
    QTRY_VERIFY_WITH_TIMEOUT(
        view.trailSummary()->text().contains(QStringLiteral("no verification")), kWait);
    QVERIFY(!view.trailTable()->isVisible());
    QCOMPARE(view.trailModel()->rowCount(), 0);
}

void TestAuditViews::operatorFilters() {
    Rig rig;
    OperatorActivityView view(&rig.api, &rig.clock);
    view.setPermissions(withAudit(vd::wire::Permission::View));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 6, kWait);
    AuditFilterBar *bar = view.filterBar();
    QCOMPARE(bar->choiceBox()->findData(QStringLiteral("PolicyChange")) > 0, true);
    bar->choiceBox()->setCurrentIndex(bar->choiceBox()->findData(QStringLiteral("PolicyChange")));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, kWait);
    QCOMPARE(rig.lastQuery(FakeAuditLog::OperatorPath, "actionType"),
             QStringLiteral("PolicyChange"));
    QTest::keyClicks(bar->textField(), QStringLiteral("helpdesk"));
    QTest::keyClick(bar->textField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(rig.lastQuery(FakeAuditLog::OperatorPath, "operator"),
                              QStringLiteral("helpdesk"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 0, kWait);
}

QTEST_MAIN(TestAuditViews)
#include "tst_auditviews.moc"
