// SPDX-License-Identifier: MIT
// AuthAuditModel and OperatorAuditModel against a fake audit server: columns, newest-first
// order across pages, paging through thousands on demand, filters on the wire, stale and
// failed answers, refresh, entries written while paging, roles and texts.
#include "apiclient.h"
#include "authauditmodel.h"
#include "fakeauditlog.h"
#include "faketransport.h"
#include "operatorauditmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using vd::app::AuditQuery;
using vd::app::AuditTableModel;
using vd::app::AuthAuditModel;
using vd::app::OperatorAuditModel;
using vd::test::FakeAuditLog;
using vd::test::FakeTransport;

Q_DECLARE_METATYPE(vd::app::AuditQuery)

namespace {

constexpr int kWait = 10000; // generous: two shared cores
const QDateTime kStart(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

QString param(const vd::app::HttpRequest &r, const char *name) {
    return QUrlQuery(r.url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

struct Rig {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    FakeAuditLog log;
    AuthAuditModel auth{&api};
    OperatorAuditModel operators{&api};
    std::unique_ptr<QAbstractItemModelTester> authTester;
    std::unique_ptr<QAbstractItemModelTester> operatorTester;

    // The tester fetches on its own, so paging tests go without it.
    explicit Rig(bool withTesters = true) {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        api.setSessionToken("tok");
        log.install(transport);
        if (withTesters) {
            using Mode = QAbstractItemModelTester::FailureReportingMode;
            authTester = std::make_unique<QAbstractItemModelTester>(&auth, Mode::QtTest);
            operatorTester = std::make_unique<QAbstractItemModelTester>(&operators, Mode::QtTest);
        }
    }
    QList<vd::app::HttpRequest> requests(const QString &path) const {
        QList<vd::app::HttpRequest> out;
        for (const auto &e : transport.matching("GET", path))
            out.append(e.request);
        return out;
    }
};

QStringList ids(const AuditTableModel &m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.entryId(r));
    return out;
}

bool newestFirst(const AuditTableModel &m) {
    for (int r = 1; r < m.rowCount(); ++r) {
        if (m.index(r - 1, 0).data(AuditTableModel::TimeRole).toDateTime() <
            m.index(r, 0).data(AuditTableModel::TimeRole).toDateTime())
            return false;
    }
    return true;
}

} // namespace

class TestAuditModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void firstPageNewestFirst();
    void pagesThroughThousandsOnDemand();
    void filtersOnTheWire_data();
    void filtersOnTheWire();
    void newFilterDropsStaleAnswer();
    void refreshKeepsRowsUntilTheAnswer();
    void entriesWrittenWhilePagingDoNotRepeat();
    void failureShowsTheReason();
    void clearStopsLoading();
    void readOnlyRolesAndTooltips();
    void rowAsTextForTickets();
    void operatorTexts_data();
    void operatorTexts();
    void highlightMarksOneEntry();
    void trailSummary();
    void permissionRule_data();
    void permissionRule();
};

void TestAuditModels::columns_data() {
    QTest::addColumn<bool>("authentication");
    QTest::addColumn<QStringList>("local");
    QTest::addColumn<QStringList>("utc");
    QTest::newRow("authentication")
        << true << QStringList{QStringLiteral("Time"),   QStringLiteral("User"),
                               QStringLiteral("Token"),  QStringLiteral("Resource"),
                               QStringLiteral("Result"), QStringLiteral("Message"),
                               QStringLiteral("Ticket")}
        << QStringList{QStringLiteral("Time (UTC)"), QStringLiteral("User"),
                       QStringLiteral("Token"),      QStringLiteral("Resource"),
                       QStringLiteral("Result"),     QStringLiteral("Message"),
                       QStringLiteral("Ticket")};
    QTest::newRow("operator")
        << false << QStringList{QStringLiteral("Time"),        QStringLiteral("Operator"),
                                QStringLiteral("Action type"), QStringLiteral("Phase"),
                                QStringLiteral("User"),        QStringLiteral("Token"),
                                QStringLiteral("Outcome"),     QStringLiteral("Ticket"),
                                QStringLiteral("Message")}
        << QStringList{QStringLiteral("Time (UTC)"),  QStringLiteral("Operator"),
                       QStringLiteral("Action type"), QStringLiteral("Phase"),
                       QStringLiteral("User"),        QStringLiteral("Token"),
                       QStringLiteral("Outcome"),     QStringLiteral("Ticket"),
                       QStringLiteral("Message")};
}

void TestAuditModels::columns() {
    QFETCH(bool, authentication);
    QFETCH(QStringList, local);
    QFETCH(QStringList, utc);
    Rig rig;
    AuditTableModel &m = authentication ? static_cast<AuditTableModel &>(rig.auth) : rig.operators;
    QCOMPARE(m.columnCount(), local.size());
    QCOMPARE(m.columnTitles(), local);
    QCOMPARE(m.columnTitles(AuditTableModel::TimeStyle::Utc), utc);
    for (int c = 0; c < local.size(); ++c)
        QCOMPARE(m.headerData(c, Qt::Horizontal).toString(), local.at(c));
}

void TestAuditModels::firstPageNewestFirst() {
    Rig rig(false);
    rig.log.addAuthentication(250, kStart);
    QSignalSpy loaded(&rig.auth, &AuditTableModel::firstPageLoaded);
    rig.auth.setFilter({});
    QVERIFY(rig.auth.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWait);
    QCOMPARE(rig.auth.rowCount(), AuditTableModel::DefaultPageSize);
    QCOMPARE(rig.auth.totalCount(), qint64(250));
    QCOMPARE(rig.auth.entryAt(0).id, rig.log.authentication.last().id);
    QVERIFY(newestFirst(rig.auth));
    QVERIFY(!rig.auth.isLoading());
}

void TestAuditModels::pagesThroughThousandsOnDemand() {
    Rig rig(false);
    rig.log.addAuthentication(3000, kStart, {QStringLiteral("jdoe"), QStringLiteral("asmith")});
    rig.auth.setPageSize(250);
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 250, kWait);
    // Nothing more is asked for until the view scrolls.
    QTest::qWait(50);
    QCOMPARE(rig.log.authenticationRequests, 1);
    QCOMPARE(rig.auth.totalCount(), qint64(3000));
    int pages = 1;
    while (rig.auth.canFetchMore({})) {
        const int before = rig.auth.rowCount();
        rig.auth.fetchMore({});
        QVERIFY(!rig.auth.canFetchMore({})); // one page at a time
        QTRY_VERIFY_WITH_TIMEOUT(rig.auth.rowCount() > before, kWait);
        ++pages;
    }
    QCOMPARE(pages, 12);
    QCOMPARE(rig.auth.rowCount(), 3000);
    const QStringList all = ids(rig.auth);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 3000);
    QVERIFY(newestFirst(rig.auth));
    const auto requests = rig.requests(FakeAuditLog::AuthenticationPath);
    QCOMPARE(param(requests.last(), "offset"), QStringLiteral("2750"));
    QCOMPARE(param(requests.last(), "limit"), QStringLiteral("250"));
}

void TestAuditModels::filtersOnTheWire_data() {
    QTest::addColumn<bool>("authentication");
    QTest::addColumn<AuditQuery>("filter");
    QTest::addColumn<QStringList>("expected"); // name=value pairs besides offset/limit
    AuditQuery user;
    user.userId = QStringLiteral("jdoe");
    QTest::newRow("user") << true << user << QStringList{QStringLiteral("userId=jdoe")};
    AuditQuery result;
    result.result = QStringLiteral("Failure");
    QTest::newRow("result") << true << result << QStringList{QStringLiteral("result=Failure")};
    AuditQuery range;
    range.from = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    range.to = QDateTime(QDate(2026, 12, 2), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("date range") << true << range
                                << QStringList{QStringLiteral("from=2026-12-01T00:00:00.000Z"),
                                               QStringLiteral("to=2026-12-02T23:59:59.999Z")};
    AuditQuery op;
    op.operatorName = QStringLiteral("helpdesk");
    op.actionType = QStringLiteral("TokenRevoke");
    QTest::newRow("operator and action type")
        << false << op
        << QStringList{QStringLiteral("operator=helpdesk"),
                       QStringLiteral("actionType=TokenRevoke")};
    AuditQuery verification;
    verification.verificationId = QStringLiteral("v 1&2");
    QTest::newRow("verification, encoded")
        << false << verification << QStringList{QStringLiteral("verificationId=v 1&2")};
    // Filters of the other list are not sent.
    AuditQuery mixed;
    mixed.result = QStringLiteral("Success");
    mixed.operatorName = QStringLiteral("helpdesk");
    QTest::newRow("authentication ignores operator")
        << true << mixed << QStringList{QStringLiteral("result=Success")};
    QTest::newRow("operator ignores result")
        << false << mixed << QStringList{QStringLiteral("operator=helpdesk")};
}

void TestAuditModels::filtersOnTheWire() {
    QFETCH(bool, authentication);
    QFETCH(AuditQuery, filter);
    QFETCH(QStringList, expected);
    Rig rig;
    AuditTableModel &m = authentication ? static_cast<AuditTableModel &>(rig.auth) : rig.operators;
    m.setFilter(filter);
    const QString path =
        authentication ? FakeAuditLog::AuthenticationPath : FakeAuditLog::OperatorPath;
    QTRY_COMPARE_WITH_TIMEOUT(rig.requests(path).size(), 1, kWait);
    QStringList sent;
    for (const auto &[k, v] :
         QUrlQuery(rig.requests(path).first().url).queryItems(QUrl::FullyDecoded)) {
        if (k != QLatin1String("offset") && k != QLatin1String("limit"))
            sent.append(QString(k + QLatin1Char('=') + v));
    }
    QCOMPARE(sent, expected);
    QCOMPARE(m.filter().verificationId, filter.verificationId);
}

void TestAuditModels::newFilterDropsStaleAnswer() {
    Rig rig;
    rig.log.addAuthentication(30, kStart, {QStringLiteral("jdoe"), QStringLiteral("asmith")});
    rig.transport.route("GET", FakeAuditLog::AuthenticationPath, [](const vd::app::HttpRequest &) {
        return std::optional<vd::app::HttpResponse>();
    });
    AuditQuery jdoe;
    jdoe.userId = QStringLiteral("jdoe");
    rig.auth.setFilter(jdoe);
    AuditQuery asmith;
    asmith.userId = QStringLiteral("asmith");
    rig.auth.setFilter(asmith);
    const auto held = rig.transport.matching("GET", FakeAuditLog::AuthenticationPath);
    QCOMPARE(held.size(), 2);
    QVERIFY(held.first().aborted);
    // The old answer arrives anyway (already queued): it must not show.
    rig.transport.setHonourAbort(false);
    vd::protocol::Page<vd::protocol::AuthAuditEntry> old;
    old.total = 1;
    old.items = {FakeAuditLog::authEntry(999, kStart, QStringLiteral("jdoe"), true)};
    rig.transport.reply(held.first().id, FakeTransport::json(200, old.toJson()));
    vd::protocol::Page<vd::protocol::AuthAuditEntry> fresh;
    fresh.total = 1;
    fresh.items = {FakeAuditLog::authEntry(5, kStart, QStringLiteral("asmith"), false)};
    rig.transport.reply(held.last().id, FakeTransport::json(200, fresh.toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 1, kWait);
    QTest::qWait(50);
    QCOMPARE(rig.auth.rowCount(), 1);
    QCOMPARE(rig.auth.entryAt(0).userId, QStringLiteral("asmith"));
}

void TestAuditModels::refreshKeepsRowsUntilTheAnswer() {
    Rig rig;
    rig.log.addAuthentication(5, kStart);
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 5, kWait);
    rig.log.addAuthentication(2, kStart);
    rig.transport.route("GET", FakeAuditLog::AuthenticationPath, [](const vd::app::HttpRequest &) {
        return std::optional<vd::app::HttpResponse>();
    });
    rig.auth.refresh();
    QVERIFY(rig.auth.isLoading());
    QTest::qWait(50);
    QCOMPARE(rig.auth.rowCount(), 5); // no blank table while it reloads
    const auto held = rig.transport.open("GET", FakeAuditLog::AuthenticationPath);
    QCOMPARE(held.size(), 1);
    QCOMPARE(param(held.first().request, "offset"), QStringLiteral("0"));
    vd::protocol::Page<vd::protocol::AuthAuditEntry> p;
    p.total = 7;
    for (int i = 6; i >= 0; --i)
        p.items.append(rig.log.authentication.at(i));
    rig.transport.reply(held.first().id, FakeTransport::json(200, p.toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 7, kWait);
    QCOMPARE(rig.auth.entryAt(0).id, rig.log.authentication.last().id);
    QCOMPARE(rig.auth.totalCount(), qint64(7));
}

void TestAuditModels::entriesWrittenWhilePagingDoNotRepeat() {
    Rig rig(false);
    rig.log.addAuthentication(250, kStart);
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 100, kWait);
    // Verifications end meanwhile: the server's list moves down by 30.
    rig.log.addAuthentication(30, kStart);
    int pages = 1;
    while (rig.auth.canFetchMore({}) && pages < 10) {
        rig.auth.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!rig.auth.isLoading(), kWait);
        ++pages;
    }
    // Page 2 (offset 100) repeats 30 entries, dropped; page 3 starts 30 further down.
    QCOMPARE(pages, 3);
    QCOMPARE(rig.auth.rowCount(), 250);
    const QStringList all = ids(rig.auth);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 250);
    QCOMPARE(rig.auth.entryAt(249).id, rig.log.authentication.first().id);
    QCOMPARE(rig.auth.newerCount(), qint64(30));
    rig.auth.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.totalCount(), qint64(280), kWait);
    QCOMPARE(rig.auth.newerCount(), qint64(0));
}

void TestAuditModels::failureShowsTheReason() {
    Rig rig;
    rig.transport.route("GET", FakeAuditLog::OperatorPath,
                        FakeTransport::error(403, QStringLiteral("forbidden"),
                                             QStringLiteral("needs audit: view")));
    QSignalSpy failed(&rig.operators, &AuditTableModel::loadFailed);
    rig.operators.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QVERIFY(!rig.operators.errorText().isEmpty());
    QCOMPARE(rig.operators.rowCount(), 0);
    QVERIFY(!rig.operators.canFetchMore({}));
    QVERIFY(!rig.operators.isLoading());
}

void TestAuditModels::clearStopsLoading() {
    Rig rig;
    rig.log.addAuthentication(10, kStart);
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 10, kWait);
    rig.auth.clear();
    QCOMPARE(rig.auth.rowCount(), 0);
    QVERIFY(!rig.auth.isActive());
    const int before = rig.log.authenticationRequests;
    rig.auth.refresh();
    rig.auth.fetchMore({});
    QTest::qWait(50);
    QCOMPARE(rig.log.authenticationRequests, before);
}

void TestAuditModels::readOnlyRolesAndTooltips() {
    Rig rig;
    rig.log.addAuthentication(3, kStart);
    rig.log.authentication[2].ticket = QStringLiteral("INC-42");
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 3, kWait);
    const QModelIndex time = rig.auth.index(0, AuthAuditModel::TimeColumn);
    QVERIFY(!(rig.auth.flags(time) & Qt::ItemIsEditable));
    QVERIFY(rig.auth.flags(time) & Qt::ItemIsSelectable);
    QVERIFY(!rig.auth.setData(time, QStringLiteral("x")));
    const QDateTime utc = rig.log.authentication.at(2).time;
    QCOMPARE(time.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-12-01T08:02:00.000Z UTC"));
    QCOMPARE(time.data().toString(), AuditTableModel::localTimeText(utc));
    QCOMPARE(time.data(AuditTableModel::TimeRole).toDateTime(), utc);
    QCOMPARE(rig.auth.index(0, AuthAuditModel::TicketColumn).data().toString(),
             QStringLiteral("INC-42"));
    QCOMPARE(rig.auth.index(1, AuthAuditModel::TicketColumn).data().toString(), QString());
    QCOMPARE(rig.auth.index(0, AuthAuditModel::ResultColumn).data().toString(),
             QStringLiteral("Success"));
    QCOMPARE(rig.auth.index(0, 3).data(AuditTableModel::EntryIdRole).toString(),
             rig.log.authentication.at(2).id);
    QCOMPARE(rig.auth.index(0, 3).data(AuditTableModel::VerificationIdRole).toString(),
             QStringLiteral("v-2"));
    // Entry 0 is the third one of every three: a denial.
    QCOMPARE(rig.auth.index(2, 0).data(AuditTableModel::ToneRole).toInt(),
             int(AuditTableModel::Tone::Failure));
    QCOMPARE(rig.auth.index(0, 0).data(AuditTableModel::ToneRole).toInt(),
             int(AuditTableModel::Tone::Success));
}

void TestAuditModels::rowAsTextForTickets() {
    Rig rig;
    rig.log.addAuthentication(1, kStart);
    rig.auth.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.auth.rowCount(), 1, kWait);
    const QStringList lines = rig.auth.rowAsText(0).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), QStringLiteral("Time: %1 (2026-12-01T08:00:00.000Z)")
                              .arg(AuditTableModel::localTimeText(kStart)));
    QCOMPARE(lines.at(5),
             QStringLiteral("Message: Login from Helpdesk push verification \u2014 denied"));
    QCOMPARE(rig.auth.rowTexts(0, AuditTableModel::TimeStyle::Utc).first(),
             QStringLiteral("2026-12-01T08:00:00.000Z"));
    QVERIFY(rig.auth.rowAsText(5).isEmpty());
}

void TestAuditModels::operatorTexts_data() {
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("outcomeText");
    QTest::addColumn<int>("tone");
    using T = AuditTableModel::Tone;
    QTest::newRow("approved") << QStringLiteral("approved") << QStringLiteral("Approved")
                              << int(T::Success);
    QTest::newRow("denied") << QStringLiteral("denied") << QStringLiteral("Denied")
                            << int(T::Failure);
    QTest::newRow("wrong number") << QStringLiteral("wrong_number")
                                  << QStringLiteral("Wrong number") << int(T::Failure);
    QTest::newRow("timed out") << QStringLiteral("timed_out") << QStringLiteral("Timed out")
                               << int(T::Failure);
    QTest::newRow("dispatch failed") << QStringLiteral("dispatch_failed")
                                     << QStringLiteral("Dispatch failed") << int(T::Failure);
}

void TestAuditModels::operatorTexts() {
    QFETCH(QString, outcome);
    QFETCH(QString, outcomeText);
    QFETCH(int, tone);
    Rig rig;
    rig.log.addVerification(QStringLiteral("v1"), kStart, outcome, QStringLiteral("helpdesk"),
                            QStringLiteral("jdoe"), QStringLiteral("SR-7"));
    rig.operators.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.operators.rowCount(), 2, kWait);
    using C = OperatorAuditModel;
    const auto cell = [&rig](int row, int column) {
        return rig.operators.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, C::PhaseColumn), QStringLiteral("Outcome"));
    QCOMPARE(cell(1, C::PhaseColumn), QStringLiteral("Dispatch"));
    QCOMPARE(cell(0, C::OutcomeColumn), outcomeText);
    QCOMPARE(cell(1, C::OutcomeColumn), QString());
    QCOMPARE(cell(0, C::ActionTypeColumn), QStringLiteral("HelpdeskPushVerification"));
    QCOMPARE(cell(0, C::OperatorColumn), QStringLiteral("helpdesk"));
    QCOMPARE(cell(1, C::TicketColumn), QStringLiteral("SR-7"));
    QCOMPARE(rig.operators.index(0, 0).data(AuditTableModel::ToneRole).toInt(), tone);
    QCOMPARE(rig.operators.index(1, 0).data(AuditTableModel::ToneRole).toInt(),
             int(AuditTableModel::Tone::Neutral));
}

void TestAuditModels::highlightMarksOneEntry() {
    Rig rig;
    rig.log.addVerification(QStringLiteral("v1"), kStart, QStringLiteral("approved"));
    rig.log.addFollowUp(QStringLiteral("v1"), QStringLiteral("TokenSuspend"), kStart.addSecs(60));
    rig.operators.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.operators.rowCount(), 3, kWait);
    QSignalSpy changed(&rig.operators, &QAbstractItemModel::dataChanged);
    rig.operators.setHighlightedEntry(QStringLiteral("v1-dispatch"));
    QCOMPARE(changed.size(), 1);
    const auto marked = [&rig](int row) {
        return rig.operators.index(row, 4).data(OperatorAuditModel::HighlightRole).toBool();
    };
    QVERIFY(!marked(0));
    QVERIFY(!marked(1));
    QVERIFY(marked(2));
    QCOMPARE(rig.operators.rowOfEntry(QStringLiteral("v1-TokenSuspend")), 0);
    QCOMPARE(rig.operators.rowOfEntry(QStringLiteral("none")), -1);
    rig.operators.setHighlightedEntry(QString());
    QVERIFY(!marked(2));
}

void TestAuditModels::trailSummary() {
    Rig rig;
    rig.log.addVerification(QStringLiteral("v1"), kStart, QStringLiteral("approved"));
    rig.log.addFollowUp(QStringLiteral("v1"), QStringLiteral("TokenSuspend"), kStart.addSecs(60));
    rig.log.addFollowUp(QStringLiteral("v1"), QStringLiteral("PinReset"), kStart.addSecs(90));
    rig.log.addVerification(QStringLiteral("v2"), kStart.addSecs(300), QStringLiteral("denied"));
    rig.log.operatorEntries.removeLast(); // v2 has no outcome (cancelled)
    vd::app::AuditQuery f;
    f.verificationId = QStringLiteral("v1");
    rig.operators.setFilter(f);
    QTRY_COMPARE_WITH_TIMEOUT(rig.operators.rowCount(), 4, kWait);
    QCOMPARE(rig.operators.trailSummary(),
             QStringLiteral("Dispatched by helpdesk at %1; outcome Approved at %2; 2 follow-up "
                            "action(s): TokenSuspend, PinReset.")
                 .arg(AuditTableModel::localTimeText(kStart),
                      AuditTableModel::localTimeText(kStart.addSecs(20))));
    f.verificationId = QStringLiteral("v2");
    rig.operators.setFilter(f);
    QTRY_COMPARE_WITH_TIMEOUT(rig.operators.rowCount(), 1, kWait);
    QVERIFY(rig.operators.trailSummary().endsWith(
        QStringLiteral("no outcome (cancelled or still pending).")));
    rig.operators.clear();
    QVERIFY(rig.operators.trailSummary().isEmpty());
}

void TestAuditModels::permissionRule_data() {
    QTest::addColumn<int>("audit");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("none") << int(vd::wire::Permission::None) << false;
    QTest::newRow("view") << int(vd::wire::Permission::View) << true;
}

void TestAuditModels::permissionRule() {
    QFETCH(int, audit);
    QFETCH(bool, allowed);
    vd::protocol::Permissions p;
    p.audit = vd::wire::Permission(audit);
    QCOMPARE(AuditTableModel::isAllowed(p), allowed);
    QVERIFY(!AuditTableModel::deniedReason().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditModels)
#include "tst_auditmodels.moc"
