// SPDX-License-Identifier: MIT
// The small pieces behind the audit views: AuditPaging (shift and repeats while a list grows),
// AuditPeriod (presets on the clock, whole local days) and AuditRefreshTrigger (one reload per
// ended verification, from the stream or a panel, whichever reports first).
#include "auditpaging.h"
#include "auditperiod.h"
#include "auditrefreshtrigger.h"
#include "fixtures.h"
#include "verificationeventsource.h"
#include "verificationrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using vd::app::AuditPaging;
using vd::app::AuditPeriod;
using vd::app::AuditRefreshTrigger;
using VS = vd::wire::VerificationState;

namespace {

constexpr int kWait = 10000;

QStringList names(int from, int count) {
    QStringList ids;
    for (int i = from; i < from + count; ++i)
        ids.append(QStringLiteral("e%1").arg(i));
    return ids;
}

} // namespace

class TestAuditSupport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagingSteady();
    void pagingShiftsWhenTheListGrows();
    void pagingSkipsNewerEntriesOfAStaleOffset();
    void pagingStopsOnShortPage();
    void pagingStopsWhenStuck();
    void periodPresets_data();
    void periodPresets();
    void periodCustomDays();
    void triggerOncePerVerification();
    void triggerIgnoresPending();
    void triggerOnAction();
};

void TestAuditSupport::pagingSteady() {
    AuditPaging p;
    QCOMPARE(p.nextOffset(), 0);
    QVERIFY(!p.hasFirstPage());
    QCOMPARE(p.accept(0, 25, names(0, 10), 10), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(p.nextOffset(), 10);
    QCOMPARE(p.total(), qint64(25));
    QVERIFY(!p.atEnd());
    p.accept(10, 25, names(10, 10), 10);
    QCOMPARE(p.accept(20, 25, names(20, 5), 10).size(), 5);
    QVERIFY(p.atEnd());
    QCOMPARE(p.count(), 25);
}

void TestAuditSupport::pagingShiftsWhenTheListGrows() {
    // Newest first: e0 is the newest. Three new entries (n0..n2) arrive after page one.
    AuditPaging p;
    p.accept(0, 20, names(0, 10), 10);
    QStringList shifted = names(7, 10); // offset 10 now starts 3 entries earlier
    QCOMPARE(p.accept(10, 23, shifted, 10), (QList<int>{3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(p.count(), 17);
    QCOMPARE(p.newerCount(), qint64(3));
    QCOMPARE(p.nextOffset(), 20); // 17 read + 3 newer in front
    QCOMPARE(p.accept(20, 23, names(17, 3), 10).size(), 3);
    QVERIFY(p.atEnd());
    QCOMPARE(p.total(), qint64(20)); // the snapshot; a refresh shows the newer ones
}

void TestAuditSupport::pagingSkipsNewerEntriesOfAStaleOffset() {
    // 100 entries e0..e99 (e0 newest); after page one, 60 new ones n0..n59 arrive in front.
    AuditPaging p;
    p.accept(0, 100, names(0, 50), 50);
    QStringList page2; // asked for at offset 50 before the growth was known
    for (int i = 50; i < 60; ++i)
        page2.append(QStringLiteral("n%1").arg(i));
    page2 += names(0, 40);
    QVERIFY(p.accept(50, 160, page2, 50).isEmpty()); // n50..n59 are newer, e0..e39 repeats
    QCOMPARE(p.count(), 50);
    QVERIFY(!p.atEnd());
    QCOMPARE(p.nextOffset(), 110);
    QCOMPARE(p.accept(110, 160, names(50, 50), 50).size(), 50); // nothing skipped
    QVERIFY(p.atEnd());
    QCOMPARE(p.count(), 100);
}

void TestAuditSupport::pagingStopsOnShortPage() {
    AuditPaging p;
    p.accept(0, 100, names(0, 4), 10); // the server said 100 but had 4 (filtered meanwhile)
    QVERIFY(p.atEnd());
}

void TestAuditSupport::pagingStopsWhenStuck() {
    AuditPaging p;
    p.accept(0, 30, names(0, 10), 10);
    QVERIFY(p.accept(0, 30, names(0, 10), 10).isEmpty()); // the same page again, nothing new
    QVERIFY(p.atEnd());
}

void TestAuditSupport::periodPresets_data() {
    QTest::addColumn<AuditPeriod::Preset>("preset");
    QTest::addColumn<qint64>("seconds"); // from = now - seconds; -1: no bound
    QTest::newRow("any time") << AuditPeriod::Preset::AnyTime << qint64(-1);
    QTest::newRow("last hour") << AuditPeriod::Preset::LastHour << qint64(3600);
    QTest::newRow("last 24 hours") << AuditPeriod::Preset::Last24Hours << qint64(86400);
    QTest::newRow("last 7 days") << AuditPeriod::Preset::Last7Days << qint64(7 * 86400);
    QTest::newRow("last 30 days") << AuditPeriod::Preset::Last30Days << qint64(30 * 86400);
}

void TestAuditSupport::periodPresets() {
    QFETCH(AuditPeriod::Preset, preset);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    const auto r = AuditPeriod::range(preset, now);
    QVERIFY(!r.to);
    if (seconds < 0) {
        QVERIFY(!r.from);
    } else {
        QVERIFY(r.from);
        QCOMPARE(r.from->secsTo(now), seconds);
        QCOMPARE(r.from->timeSpec(), Qt::UTC);
    }
    QVERIFY(!AuditPeriod::name(preset).isEmpty());
}

void TestAuditSupport::periodCustomDays() {
    const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    const QDate first(2026, 12, 1);
    const QDate last(2026, 12, 2);
    auto r = AuditPeriod::range(AuditPeriod::Preset::Custom, now, first, last);
    QCOMPARE(r.from, first.startOfDay(Qt::LocalTime).toUTC());
    QCOMPARE(r.to, last.endOfDay(Qt::LocalTime).toUTC());
    // The wrong way round is the same range.
    const auto swapped = AuditPeriod::range(AuditPeriod::Preset::Custom, now, last, first);
    QCOMPARE(swapped.from, r.from);
    QCOMPARE(swapped.to, r.to);
    r = AuditPeriod::range(AuditPeriod::Preset::Custom, now, first, std::nullopt);
    QVERIFY(r.from && !r.to);
}

void TestAuditSupport::triggerOncePerVerification() {
    vd::test::VerificationRig rig;
    AuditRefreshTrigger trigger(&rig.events);
    trigger.setDelay(10ms);
    trigger.watch(&rig.controller);
    QSignalSpy refresh(&trigger, &AuditRefreshTrigger::refreshNeeded);
    QVERIFY(rig.driveToWaiting());
    // The stream reports the end; the controller reports the same verification again.
    rig.finish(VS::Approved);
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWait);
    Q_EMIT rig.events.verificationUpdated(rig.make(VS::Approved));
    QTest::qWait(60);
    QCOMPARE(refresh.size(), 1);
    Q_EMIT rig.events.verificationUpdated(
        rig.make(VS::Denied, vd::wire::Mode::NumericChallenge, QStringLiteral("v2")));
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 2, kWait);
}

void TestAuditSupport::triggerIgnoresPending() {
    vd::app::VerificationEventSource events;
    AuditRefreshTrigger trigger(&events);
    trigger.setDelay(10ms);
    QSignalSpy refresh(&trigger, &AuditRefreshTrigger::refreshNeeded);
    const auto now = QDateTime::currentDateTimeUtc();
    Q_EMIT events.verificationUpdated(
        vd::test::Fixtures::verification(QStringLiteral("p1"), VS::Pending, now));
    QTest::qWait(60);
    QVERIFY(refresh.isEmpty());
    // A cancel ends it too (its dispatch entry is in the operator log).
    Q_EMIT events.verificationUpdated(
        vd::test::Fixtures::verification(QStringLiteral("p1"), VS::Cancelled, now));
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWait);
}

void TestAuditSupport::triggerOnAction() {
    AuditRefreshTrigger trigger(nullptr);
    trigger.setDelay(10ms);
    QSignalSpy refresh(&trigger, &AuditRefreshTrigger::refreshNeeded);
    trigger.notifyChanged();
    trigger.notifyChanged(); // a burst folds into one reload
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWait);
    QTest::qWait(60);
    QCOMPARE(refresh.size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditSupport)
#include "tst_auditsupport.moc"
