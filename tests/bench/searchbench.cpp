// SPDX-License-Identifier: MIT
// The mix cycles in a fixed order so two runs time the same requests; one pass of it is
// warm-up (SQLite page cache, prepared statements) and is not counted.
#include "searchbench.h"

#include "benchstats.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QTextStream>
#include <array>
#include <cstdio>

namespace vd::bench {

namespace {
struct Query {
    const char *category;
    const char *q; // UTF-8
    int offset;
    int limit;
};

// Generated users are "First Last", first.last.u<index>@acme.example; ids u000244… with
// --seed demo --seed-users 100000.
constexpr std::array kMix{
    Query{"common", "a", 0, 50},         Query{"common", "er", 0, 50},
    Query{"common", "mar", 0, 50},       Query{"common", "acme", 0, 50},
    Query{"common", "u0", 0, 50},        Query{"common", "m\xc3\xbcller", 0, 50},
    Query{"common", "IA", 0, 50},        Query{"rare", "u100243", 0, 50},
    Query{"rare", "u050000", 0, 50},     Query{"rare", "jdoe", 0, 50},
    Query{"rare", "carol.nodev", 0, 50}, Query{"rare", "zzzz", 0, 50},
    Query{"rare", "kim.u0999", 0, 50},   Query{"empty", "", 0, 50},
    Query{"empty", "", 0, 500},          Query{"paging", "", 50, 50},
    Query{"paging", "", 1000, 50},       Query{"paging", "", 50000, 50},
    Query{"paging", "", 99950, 50},      Query{"paging", "a", 10000, 50},
    Query{"paging", "er", 5000, 50},     Query{"paging", "acme", 90000, 50},
};

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}
} // namespace

SearchBench::SearchBench(const QUrl &server, int count)
    : m_client(server)
    , m_count(count) {}

int SearchBench::run() {
    if (!m_client.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"))) {
        err() << "search: " << m_client.error() << Qt::endl;
        return 1;
    }
    BenchStats all;
    QMap<QString, BenchStats> byCategory;
    QMap<QString, BenchStats> byQuery;
    const qsizetype warmup = static_cast<qsizetype>(kMix.size());
    for (qsizetype i = 0; i < warmup + m_count; ++i) {
        const Query &query = kMix[static_cast<std::size_t>(i) % kMix.size()];
        const QString path = QStringLiteral("/api/v1/users?q=%1&offset=%2&limit=%3")
                                 .arg(BenchClient::encoded(QString::fromUtf8(query.q)))
                                 .arg(query.offset)
                                 .arg(query.limit);
        const auto start = std::chrono::steady_clock::now();
        const auto r = m_client.http().get(path, {}, m_client.bearer());
        const auto elapsed = std::chrono::steady_clock::now() - start;
        const qint64 total = r.object().value(QStringLiteral("total")).toInteger(-1);
        const qsizetype items = r.object().value(QStringLiteral("items")).toArray().size();
        if (r.status != 200 || total < 0 || items > query.limit ||
            items != std::clamp<qint64>(total - query.offset, 0, query.limit)) {
            err() << "search: " << path << ": " << r.describe().left(300) << Qt::endl;
            return 1;
        }
        if (i < warmup) {
            std::printf("  %-7s q=%s offset=%-6d limit=%-4d total=%lld\n", query.category,
                        qPrintable(QString::fromUtf8(query.q).leftJustified(14)), query.offset,
                        query.limit, static_cast<long long>(total));
            continue;
        }
        all.add(elapsed);
        byCategory[QString::fromLatin1(query.category)].add(elapsed);
        byQuery[QStringLiteral("%1 q=\"%2\" offset=%3 limit=%4")
                    .arg(QString::fromLatin1(query.category), QString::fromUtf8(query.q))
                    .arg(query.offset)
                    .arg(query.limit)]
            .add(elapsed);
    }
    for (auto it = byQuery.cbegin(); it != byQuery.cend(); ++it)
        std::printf("  %s p50=%s p99=%s\n", qPrintable(it.key().leftJustified(44)),
                    qPrintable(BenchStats::ms(it->percentileUs(50))),
                    qPrintable(BenchStats::ms(it->percentileUs(99))));
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        std::printf("%-7s %s\n", qPrintable(it.key()), qPrintable(it->describe()));
    std::printf("all     %s\n", qPrintable(all.describe()));
    const bool met = all.percentileUs(99) < 20000.0;
    std::printf("SUMMARY search n=%lld p50_ms=%.3f p99_ms=%.3f max_ms=%.3f target=p99<20ms %s\n",
                static_cast<long long>(all.count()), all.percentileUs(50) / 1000.0,
                all.percentileUs(99) / 1000.0, all.maxUs() / 1000.0, met ? "MET" : "MISSED");
    return 0;
}

} // namespace vd::bench
