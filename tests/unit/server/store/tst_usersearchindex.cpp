// SPDX-License-Identifier: MIT
// The in-memory user search against a plain reference (substring of the lowercased text),
// and through SqliteStore: same results as the LIKE query it replaced, and fresh after inserts.
#include "usersearchindex.h"

#include "../verification/storefixture.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vd;
using namespace vd::server;

namespace {

UserSearchIndex::Matches reference(const std::vector<UserSearchIndex::Entry> &entries,
                                   const QByteArray &needle, qint64 offset, qint64 limit) {
    UserSearchIndex::Matches m;
    for (const auto &e : entries) {
        if (!e.searchText.contains(needle))
            continue;
        if (m.total >= offset && m.rowIds.size() < limit)
            m.rowIds.append(e.rowId);
        ++m.total;
    }
    return m;
}

std::vector<UserSearchIndex::Entry> randomEntries(QRandomGenerator &rng, int count) {
    static const QByteArray alphabet = "abcde\x1f";
    std::vector<UserSearchIndex::Entry> entries;
    for (int i = 0; i < count; ++i) {
        QByteArray text;
        const int len = rng.bounded(0, 12);
        for (int j = 0; j < len; ++j)
            text += alphabet.at(rng.bounded(alphabet.size()));
        entries.push_back({1000 + i, text});
    }
    return entries;
}

} // namespace

class TestUserSearchIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyIndex();
    void emptyNeedleListsAllInOrder();
    void matchesNeverSpanTwoTexts();
    void countsEachTextOnce();
    void pagesThroughMatches();
    void nonAsciiText();
    void randomAgainstReference();
    void storeSearchMatchesLike();
    void storeSeesNewUsers();
};

void TestUserSearchIndex::emptyIndex() {
    UserSearchIndex idx;
    QVERIFY(!idx.isLoaded());
    idx.reset({});
    QVERIFY(idx.isLoaded());
    QCOMPARE(idx.find("a", 0, 50).total, 0);
    QCOMPARE(idx.find("", 0, 50).total, 0);
}

void TestUserSearchIndex::emptyNeedleListsAllInOrder() {
    UserSearchIndex idx;
    idx.reset({{7, "x"}, {3, "y"}, {9, ""}});
    const auto m = idx.find("", 0, 50);
    QCOMPARE(m.total, 3);
    QCOMPARE(m.rowIds, (QList<qint64>{7, 3, 9}));
    QCOMPARE(idx.find("", 1, 1).rowIds, QList<qint64>{3});
    QCOMPARE(idx.find("", 5, 10).rowIds, QList<qint64>{});
}

void TestUserSearchIndex::matchesNeverSpanTwoTexts() {
    UserSearchIndex idx;
    idx.reset({{1, "ab"}, {2, "cd"}});
    QCOMPARE(idx.find("bc", 0, 50).total, 0);
    QCOMPARE(idx.find("b", 0, 50).rowIds, QList<qint64>{1});
    QCOMPARE(idx.find("c", 0, 50).rowIds, QList<qint64>{2});
    // A needle holding the separator byte is matched text by text.
    QCOMPARE(idx.find(QByteArrayView("b\0c", 3), 0, 50).total, 0);
}

void TestUserSearchIndex::countsEachTextOnce() {
    UserSearchIndex idx;
    idx.reset({{1, "aaaa"}, {2, "b"}, {3, "aXa"}});
    const auto m = idx.find("a", 0, 50);
    QCOMPARE(m.total, 2);
    QCOMPARE(m.rowIds, (QList<qint64>{1, 3}));
}

void TestUserSearchIndex::pagesThroughMatches() {
    std::vector<UserSearchIndex::Entry> entries;
    for (int i = 0; i < 100; ++i)
        entries.push_back({i, i % 2 ? QByteArray("odd") : QByteArray("even")});
    UserSearchIndex idx;
    idx.reset(entries);
    const auto page = idx.find("odd", 10, 5);
    QCOMPARE(page.total, 50);
    QCOMPARE(page.rowIds, (QList<qint64>{21, 23, 25, 27, 29}));
    QCOMPARE(idx.find("odd", 48, 5).rowIds, (QList<qint64>{97, 99}));
    QCOMPARE(idx.find("odd", 50, 5).rowIds.size(), 0);
    QCOMPARE(idx.find("odd", 50, 5).total, 50);
}

void TestUserSearchIndex::nonAsciiText() {
    UserSearchIndex idx;
    idx.reset({{1, QStringLiteral("jürgen\u001fmüller").toUtf8()}, {2, "muller"}});
    QCOMPARE(idx.find(QStringLiteral("müller").toUtf8(), 0, 50).rowIds, QList<qint64>{1});
    QCOMPARE(idx.find(QStringLiteral("ü").toUtf8(), 0, 50).total, 1);
}

void TestUserSearchIndex::randomAgainstReference() {
    QRandomGenerator rng(20261203);
    for (int round = 0; round < 200; ++round) {
        const auto entries = randomEntries(rng, rng.bounded(0, 60));
        UserSearchIndex idx;
        idx.reset(entries);
        for (int q = 0; q < 10; ++q) {
            QByteArray needle;
            for (int j = rng.bounded(0, 4); j > 0; --j)
                needle += "abcde\x1f"[rng.bounded(6)];
            const qint64 offset = rng.bounded(0, 20);
            const qint64 limit = rng.bounded(1, 20);
            const auto got = idx.find(needle, offset, limit);
            const auto want = reference(entries, needle, offset, limit);
            QCOMPARE(got.total, want.total);
            QCOMPARE(got.rowIds, want.rowIds);
        }
    }
}

void TestUserSearchIndex::storeSearchMatchesLike() {
    test::StoreFixture f;
    QVERIFY(f.open());
    auto &db = f.store->database();
    const QStringList queries{QStringLiteral(""),  QStringLiteral("a"),    QStringLiteral("JDOE"),
                              QStringLiteral("@"), QStringLiteral("zzzz"), QStringLiteral("%"),
                              QStringLiteral("_"), QStringLiteral("o")};
    for (const QString &q : queries) {
        const auto page = f.store->searchUsers(q, 1, 3);
        QVERIFY(page.ok());
        // What the old LIKE '%q%' query (with % and _ escaped) answered: instr() is the same
        // literal substring test, and instr(x, '') is 1.
        QSqlQuery *count =
            db.run(QStringLiteral("SELECT COUNT(*) FROM users WHERE instr(search_text, ?) > 0"),
                   {q.toLower()});
        QVERIFY(count && count->next());
        QCOMPARE(page->total, count->value(0).toLongLong());
        count->finish();
        QSqlQuery *rows = db.run(QStringLiteral("SELECT user_id FROM users WHERE instr("
                                                "search_text, ?) > 0 ORDER BY user_id "
                                                "LIMIT 3 OFFSET 1"),
                                 {q.toLower()});
        QVERIFY(rows);
        QStringList want;
        while (rows->next())
            want << rows->value(0).toString();
        QStringList got;
        for (const auto &u : page->items)
            got << u.userId;
        QCOMPARE(got, want);
    }
}

void TestUserSearchIndex::storeSeesNewUsers() {
    test::StoreFixture f;
    QVERIFY(f.open());
    const auto before = f.store->searchUsers(QStringLiteral("zebra"), 0, 50);
    QVERIFY(before.ok());
    QCOMPARE(before->total, 0);
    protocol::User u{QStringLiteral("zed"), QStringLiteral("Zoe"), QStringLiteral("Zebra"),
                     QStringLiteral("zoe@example.com")};
    QVERIFY(f.store->insertUsers({u}, {}).ok());
    const auto after = f.store->searchUsers(QStringLiteral("ZEBRA"), 0, 50);
    QVERIFY(after.ok());
    QCOMPARE(after->total, 1);
    QCOMPARE(after->items.at(0).userId, QStringLiteral("zed"));
    QCOMPARE(after->items.at(0).email, QStringLiteral("zoe@example.com"));
}

QTEST_GUILESS_MAIN(TestUserSearchIndex)
#include "tst_usersearchindex.moc"
