// SPDX-License-Identifier: MIT
// The numeric challenge: range, distinctness, and the right number's position uniform over
// 30,000 draws of the real CSPRNG (chi-square, 2 degrees of freedom).
#include "challengegenerator.h"

#include <QSet>
#include <QTest>

using namespace vd::server;

class TestChallengeGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rangeAndDistinct();
    void positionIsUniform();
    void numberIsUniform();
    void chiSquareDetectsBias();

private:
    static double chiSquare(const QList<int> &counts, double expected);
};

double TestChallengeGenerator::chiSquare(const QList<int> &counts, double expected) {
    double x2 = 0;
    for (int c : counts)
        x2 += (c - expected) * (c - expected) / expected;
    return x2;
}

void TestChallengeGenerator::rangeAndDistinct() {
    ChallengeGenerator gen;
    for (int i = 0; i < 5000; ++i) {
        const Challenge c = gen.next();
        QVERIFY(c.number >= 10 && c.number <= 99);
        QCOMPARE(c.choices.size(), 3);
        QVERIFY(c.choices.contains(c.number));
        QCOMPARE(QSet<int>(c.choices.begin(), c.choices.end()).size(), 3);
        for (int v : c.choices)
            QVERIFY(v >= 10 && v <= 99);
    }
}

void TestChallengeGenerator::positionIsUniform() {
    ChallengeGenerator gen; // the system CSPRNG, as in production
    constexpr int draws = 30000;
    QList<int> counts(3, 0);
    for (int i = 0; i < draws; ++i) {
        const Challenge c = gen.next();
        ++counts[c.choices.indexOf(c.number)];
    }
    // Critical value for df=2 at p=0.0001 is 18.42: a fair generator fails 1 run in 10,000.
    const double x2 = chiSquare(counts, draws / 3.0);
    QVERIFY2(x2 < 18.42, qPrintable(QStringLiteral("chi-square %1, counts %2 %3 %4")
                                        .arg(x2)
                                        .arg(counts[0])
                                        .arg(counts[1])
                                        .arg(counts[2])));
}

void TestChallengeGenerator::numberIsUniform() {
    ChallengeGenerator gen;
    constexpr int draws = 45000;
    QList<int> counts(90, 0);
    for (int i = 0; i < draws; ++i)
        ++counts[gen.next().number - 10];
    // df=89, p=0.0001 → 139.9
    const double x2 = chiSquare(counts, draws / 90.0);
    QVERIFY2(x2 < 139.9, qPrintable(QStringLiteral("chi-square %1").arg(x2)));
}

void TestChallengeGenerator::chiSquareDetectsBias() {
    // The statistic must be able to fail: a generator that always puts the answer first.
    QList<int> biased{30000, 0, 0};
    QVERIFY(chiSquare(biased, 10000.0) > 18.42);
    QList<int> slight{10400, 9800, 9800}; // 4 % off on 30,000 draws is detected too
    QVERIFY(chiSquare(slight, 10000.0) > 18.42);
}

QTEST_GUILESS_MAIN(TestChallengeGenerator)
#include "tst_challengegenerator.moc"
