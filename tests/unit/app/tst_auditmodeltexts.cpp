// SPDX-License-Identifier: MIT
// What the audit models show once loaded: read-only cells, roles and tooltips, a row as text,
// operator outcome texts and tones, the highlighted entry, the trail summary, the permission.
#include "auditmodelrig.h"

#include <QSignalSpy>
#include <QTest>

using vd::app::AuditTableModel;
using vd::app::AuthAuditModel;
using vd::app::OperatorAuditModel;

namespace {
constexpr int kWait = vd::test::kAuditWait;
const QDateTime kStart = vd::test::kAuditStart;
using Rig = vd::test::AuditModelRig;
} // namespace

class TestAuditModelTexts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readOnlyRolesAndTooltips();
    void rowAsTextForTickets();
    void operatorTexts_data();
    void operatorTexts();
    void highlightMarksOneEntry();
    void trailSummary();
    void permissionRule_data();
    void permissionRule();
};

void TestAuditModelTexts::readOnlyRolesAndTooltips() {
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

void TestAuditModelTexts::rowAsTextForTickets() {
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

void TestAuditModelTexts::operatorTexts_data() {
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

void TestAuditModelTexts::operatorTexts() {
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

void TestAuditModelTexts::highlightMarksOneEntry() {
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

void TestAuditModelTexts::trailSummary() {
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

void TestAuditModelTexts::permissionRule_data() {
    QTest::addColumn<int>("audit");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("none") << int(vd::wire::Permission::None) << false;
    QTest::newRow("view") << int(vd::wire::Permission::View) << true;
}

void TestAuditModelTexts::permissionRule() {
    QFETCH(int, audit);
    QFETCH(bool, allowed);
    vd::protocol::Permissions p;
    p.audit = vd::wire::Permission(audit);
    QCOMPARE(AuditTableModel::isAllowed(p), allowed);
    QVERIFY(!AuditTableModel::deniedReason().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditModelTexts)
#include "tst_auditmodeltexts.moc"
