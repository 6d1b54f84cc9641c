// SPDX-License-Identifier: MIT
// AuthAuditModel and OperatorAuditModel against a fake audit server: columns, newest-first
// order across pages, paging through thousands on demand, filters on the wire, stale and
// failed answers, refresh, entries written while paging. Cell texts and roles are in
// tst_auditmodeltexts.cpp.
#include "auditmodelrig.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using vd::app::AuditQuery;
using vd::app::AuditTableModel;
using vd::test::FakeAuditLog;
using vd::test::FakeTransport;

Q_DECLARE_METATYPE(vd::app::AuditQuery)

namespace {

constexpr int kWait = vd::test::kAuditWait;
const QDateTime kStart = vd::test::kAuditStart;
using Rig = vd::test::AuditModelRig;

QString param(const vd::app::HttpRequest &r, const char *name) {
    return QUrlQuery(r.url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

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

QTEST_GUILESS_MAIN(TestAuditModels)
#include "tst_auditmodels.moc"
