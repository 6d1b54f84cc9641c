// SPDX-License-Identifier: MIT
// Backoff: the doubling schedule, its cap, jitter bounds and reset.
#include "backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using vd::app::Backoff;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scheduleWithoutJitter();
    void defaultsMatchPolicy();
    void jitterStaysInBounds_data();
    void jitterStaysInBounds();
    void jitterVaries();
    void resetStartsOver();
};

void TestBackoff::scheduleWithoutJitter() {
    Backoff b(500ms, 30s, 0.0);
    const qint64 expected[] = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    for (qint64 ms : expected)
        QCOMPARE(b.next().count(), ms);
    QCOMPARE(b.attempts(), 9);
    QCOMPARE(b.baseDelay(1000).count(), 30000); // no overflow far out
}

void TestBackoff::defaultsMatchPolicy() {
    Backoff b;
    QCOMPARE(b.baseDelay(0), 500ms);
    QCOMPARE(b.baseDelay(6), 30000ms);
}

void TestBackoff::jitterStaysInBounds_data() {
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 42u, 4242u, 99999u})
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

void TestBackoff::jitterStaysInBounds() {
    QFETCH(quint32, seed);
    Backoff b(500ms, 30s, 0.2, seed);
    for (int i = 0; i < 20; ++i) {
        const qint64 base = b.baseDelay(i).count();
        const qint64 d = b.next().count();
        QVERIFY2(d >= base * 8 / 10 && d <= base * 12 / 10,
                 qPrintable(QStringLiteral("attempt %1: %2 vs %3").arg(i).arg(d).arg(base)));
    }
}

void TestBackoff::jitterVaries() {
    // Two consoles reconnecting after the same outage must not stay in lock step.
    Backoff a(500ms, 30s, 0.2, 1);
    Backoff b(500ms, 30s, 0.2, 2);
    int differ = 0;
    for (int i = 0; i < 10; ++i)
        differ += a.next() != b.next() ? 1 : 0;
    QVERIFY(differ >= 5);
}

void TestBackoff::resetStartsOver() {
    Backoff b(500ms, 30s, 0.0);
    b.next();
    b.next();
    b.next();
    b.reset();
    QCOMPARE(b.attempts(), 0);
    QCOMPARE(b.next(), 500ms);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
