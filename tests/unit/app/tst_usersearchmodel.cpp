// SPDX-License-Identifier: MIT
// UserSearchModel: debounce, newest query wins over stale replies, paging, errors.
#include "apiclient.h"
#include "faketransport.h"
#include "fixtures.h"
#include "usersearchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace std::chrono_literals;
using vd::app::ApiClient;
using vd::app::HttpRequest;
using vd::app::HttpResponse;
using vd::app::UserSearchModel;
using vd::test::FakeTransport;
using vd::test::Fixtures;

namespace {
constexpr int kWait = 5000;
const QString kUsers = QStringLiteral("/api/v1/users");

HttpResponse page(int total, int from, int count, const QString &prefix = {}) {
    vd::protocol::Page<vd::protocol::User> p;
    p.total = total;
    for (int i = from; i < from + count; ++i) {
        auto u = Fixtures::user(i);
        if (!prefix.isEmpty())
            u.lastName = prefix;
        p.items.append(u);
    }
    return FakeTransport::json(200, p.toJson());
}

QString param(const HttpRequest &r, const char *name) {
    return QUrlQuery(r.url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// Answers like the server: `total` users, paged by offset/limit.
FakeTransport::Responder directory(int total) {
    return [total](const HttpRequest &r) -> std::optional<HttpResponse> {
        const int offset = param(r, "offset").toInt();
        const int limit = param(r, "limit").toInt();
        return page(total, offset, std::max(0, std::min(limit, total - offset)));
    };
}
} // namespace

class TestUserSearchModel : public QObject {
    Q_OBJECT

    struct Rig {
        FakeTransport transport;
        ApiClient api{&transport};
        UserSearchModel model{&api};
        // The tester calls fetchMore() itself, so the paging test goes without it.
        std::unique_ptr<QAbstractItemModelTester> tester;
        explicit Rig(bool withTester = true) {
            if (withTester)
                tester = std::make_unique<QAbstractItemModelTester>(
                    &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
            api.setSessionToken("tok");
        }
        int searches() const { return transport.count("GET", kUsers); }
    };

private Q_SLOTS:
    void headersAndColumns();
    void debounceCoalescesTyping();
    void enterSearchesAtOnce();
    void staleReplyNeverOverwritesNewer();
    void staleReplyDroppedEvenIfDelivered();
    void pagesThroughBigResults();
    void shortPageStopsPaging();
    void failureReported();
    void emptyQueryClears();
};

void TestUserSearchModel::headersAndColumns() {
    Rig rig;
    QCOMPARE(rig.model.columnCount(), 3);
    QCOMPARE(rig.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("User ID"));
    QCOMPARE(rig.model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(rig.model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Email"));
    rig.transport.route("GET", kUsers, page(1, 7, 1));
    rig.model.searchNow(QStringLiteral("user0007"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 1, kWait);
    QCOMPARE(rig.model.index(0, 0).data().toString(), QStringLiteral("user0007"));
    QCOMPARE(rig.model.index(0, 1).data().toString(), QStringLiteral("First7 Last7"));
    QCOMPARE(rig.model.index(0, 2).data().toString(), QStringLiteral("user0007@example.com"));
    QCOMPARE(rig.model.index(0, 2).data(UserSearchModel::UserIdRole).toString(),
             QStringLiteral("user0007"));
    QCOMPARE(rig.model.userAt(0).userId, QStringLiteral("user0007"));
}

void TestUserSearchModel::debounceCoalescesTyping() {
    Rig rig;
    rig.model.setDebounceInterval(100ms);
    rig.transport.route("GET", kUsers, directory(3));
    for (const char *prefix : {"d", "do", "doe"})
        rig.model.setQuery(QString::fromLatin1(prefix));
    QCOMPARE(rig.searches(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.searches(), 1, kWait);
    QCOMPARE(param(rig.transport.all().first().request, "q"), QStringLiteral("doe"));
    QCOMPARE(param(rig.transport.all().first().request, "limit"), QStringLiteral("50"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 3, kWait);
    QTest::qWait(150);
    QCOMPARE(rig.searches(), 1);
}

void TestUserSearchModel::enterSearchesAtOnce() {
    Rig rig;
    rig.model.setDebounceInterval(10s);
    rig.transport.route("GET", kUsers, directory(2));
    rig.model.setQuery(QStringLiteral("jd"));
    rig.model.searchNow();
    QCOMPARE(rig.searches(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 2, kWait);
}

void TestUserSearchModel::staleReplyNeverOverwritesNewer() {
    Rig rig;
    rig.transport.route("GET", kUsers,
                        [](const HttpRequest &) { return std::optional<HttpResponse>(); });
    rig.model.searchNow(QStringLiteral("old"));
    rig.model.searchNow(QStringLiteral("new"));
    const auto all = rig.transport.all();
    QCOMPARE(all.size(), 2);
    QVERIFY(all[0].aborted); // the older search is aborted
    // Newer answers first, then the older one tries to land: it must not.
    rig.transport.reply(all[1].id, page(1, 1, 1, QStringLiteral("New")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 1, kWait);
    rig.transport.reply(all[0].id, page(5, 1, 5, QStringLiteral("Old")));
    QTest::qWait(50);
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(rig.model.userAt(0).lastName, QStringLiteral("New"));
    QCOMPARE(rig.model.totalCount(), 1);
}

void TestUserSearchModel::staleReplyDroppedEvenIfDelivered() {
    Rig rig;
    rig.transport.setHonourAbort(false); // the old reply was already on its way
    rig.transport.route("GET", kUsers,
                        [](const HttpRequest &) { return std::optional<HttpResponse>(); });
    rig.model.searchNow(QStringLiteral("old"));
    rig.model.searchNow(QStringLiteral("new"));
    const auto all = rig.transport.all();
    rig.transport.reply(all[0].id, page(5, 1, 5, QStringLiteral("Old")));
    QTest::qWait(50);
    QCOMPARE(rig.model.rowCount(), 0);
    QVERIFY(rig.model.isLoading());
    rig.transport.reply(all[1].id, page(2, 1, 2, QStringLiteral("New")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 2, kWait);
    QCOMPARE(rig.model.userAt(1).lastName, QStringLiteral("New"));
    QVERIFY(!rig.model.isLoading());
}

void TestUserSearchModel::pagesThroughBigResults() {
    Rig rig(false);
    rig.transport.route("GET", kUsers, directory(120));
    QSignalSpy total(&rig.model, &UserSearchModel::totalCountChanged);
    rig.model.searchNow(QStringLiteral("user"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 50, kWait);
    QCOMPARE(rig.model.totalCount(), 120);
    QCOMPARE(total.size(), 1);
    QVERIFY(rig.model.canFetchMore({}));
    rig.model.fetchMore({});
    QVERIFY(!rig.model.canFetchMore({})); // one page at a time
    rig.model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 100, kWait);
    QCOMPARE(rig.searches(), 2);
    QCOMPARE(param(rig.transport.all().at(1).request, "offset"), QStringLiteral("50"));
    rig.model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 120, kWait);
    QVERIFY(!rig.model.canFetchMore({}));
    QCOMPARE(rig.model.userAt(119).userId, QStringLiteral("user0119"));
    QCOMPARE(rig.model.totalCount(), 120);
}

void TestUserSearchModel::shortPageStopsPaging() {
    Rig rig;
    // The server claims more than it delivers (users deleted meanwhile).
    rig.transport.route("GET", kUsers, page(500, 0, 10));
    rig.model.searchNow(QStringLiteral("user"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 10, kWait);
    QVERIFY(!rig.model.canFetchMore({}));
}

void TestUserSearchModel::failureReported() {
    Rig rig;
    rig.transport.route("GET", kUsers,
                        FakeTransport::networkError(HttpResponse::NetworkError::Unreachable));
    QSignalSpy failed(&rig.model, &UserSearchModel::searchFailed);
    rig.model.searchNow(QStringLiteral("x"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QVERIFY(rig.model.errorText().startsWith(QLatin1String("Cannot reach the VerifyDesk server")));
    QCOMPARE(rig.model.rowCount(), 0);
    QVERIFY(!rig.model.isLoading());
}

void TestUserSearchModel::emptyQueryClears() {
    Rig rig;
    rig.transport.route("GET", kUsers, directory(3));
    rig.model.searchNow(QStringLiteral("x"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.model.rowCount(), 3, kWait);
    rig.model.searchNow(QStringLiteral("   "));
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(rig.model.totalCount(), 0);
    QCOMPARE(rig.searches(), 1);
}

QTEST_GUILESS_MAIN(TestUserSearchModel)
#include "tst_usersearchmodel.moc"
