// SPDX-License-Identifier: MIT
// AnswerPolicy: every --auto mode against numeric and plain requests, with the expected
// number offered, not offered, or not given.
#include "answerpolicy.h"

#include <QTest>

using vd::device::AnswerPolicy;
using vd::device::AutoMode;

Q_DECLARE_METATYPE(AutoMode)

namespace {

vd::protocol::PushRequest requestWith(std::optional<QList<int>> choices) {
    vd::protocol::PushRequest r;
    r.requestId = QStringLiteral("r1");
    r.resourceName = QStringLiteral("Helpdesk push verification");
    r.organizationName = QStringLiteral("Acme Corp");
    r.userName = QStringLiteral("John Doe");
    r.timestamp = QDateTime::currentDateTimeUtc();
    r.choices = std::move(choices);
    return r;
}

const QList<int> Choices{12, 47, 83};
constexpr int None = -1;

} // namespace

class TestAnswerPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answerFor_data();
    void answerFor();
    void validate_data();
    void validate();
    void modeNamesRoundTrip();
};

void TestAnswerPolicy::answerFor_data() {
    QTest::addColumn<AutoMode>("mode");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QList<int>>("choices");
    QTest::addColumn<int>("expect");     // None: no --expect
    QTest::addColumn<QString>("action"); // approve | deny | none (no answer)
    QTest::addColumn<int>("choice");     // None: no choice sent
    QTest::addColumn<bool>("warns");

    const QList<int> c = Choices;
    // approve
    QTest::newRow("approve plain")
        << AutoMode::Approve << false << c << None << "approve" << None << false;
    QTest::newRow("approve plain expect")
        << AutoMode::Approve << false << c << 47 << "approve" << None << false;
    QTest::newRow("approve numeric no expect takes first")
        << AutoMode::Approve << true << c << None << "approve" << 12 << false;
    QTest::newRow("approve numeric expect offered")
        << AutoMode::Approve << true << c << 47 << "approve" << 47 << false;
    QTest::newRow("approve numeric expect not offered")
        << AutoMode::Approve << true << c << 55 << "deny" << None << true;
    // deny
    QTest::newRow("deny plain") << AutoMode::Deny << false << c << None << "deny" << None << false;
    QTest::newRow("deny numeric") << AutoMode::Deny << true << c << None << "deny" << None << false;
    QTest::newRow("deny numeric expect offered")
        << AutoMode::Deny << true << c << 47 << "deny" << None << false;
    QTest::newRow("deny numeric expect not offered")
        << AutoMode::Deny << true << c << 55 << "deny" << None << false;
    // correct
    QTest::newRow("correct plain")
        << AutoMode::Correct << false << c << 47 << "approve" << None << false;
    QTest::newRow("correct numeric offered")
        << AutoMode::Correct << true << c << 47 << "approve" << 47 << false;
    QTest::newRow("correct numeric offered last")
        << AutoMode::Correct << true << c << 83 << "approve" << 83 << false;
    QTest::newRow("correct numeric not offered")
        << AutoMode::Correct << true << c << 55 << "deny" << None << true;
    QTest::newRow("correct numeric no choices")
        << AutoMode::Correct << true << QList<int>{} << 47 << "deny" << None << true;
    // wrong
    QTest::newRow("wrong plain") << AutoMode::Wrong << false << c << 47 << "deny" << None << false;
    QTest::newRow("wrong numeric expect first")
        << AutoMode::Wrong << true << c << 12 << "approve" << 47 << false;
    QTest::newRow("wrong numeric expect middle")
        << AutoMode::Wrong << true << c << 47 << "approve" << 12 << false;
    QTest::newRow("wrong numeric not offered")
        << AutoMode::Wrong << true << c << 55 << "approve" << 12 << false;
    QTest::newRow("wrong numeric only the expected")
        << AutoMode::Wrong << true << QList<int>{47} << 47 << "deny" << None << true;
    // ignore
    QTest::newRow("ignore plain") << AutoMode::Ignore << false << c << None << "none" << None
                                  << false;
    QTest::newRow("ignore numeric")
        << AutoMode::Ignore << true << c << 47 << "none" << None << false;
}

void TestAnswerPolicy::answerFor() {
    QFETCH(AutoMode, mode);
    QFETCH(bool, numeric);
    QFETCH(QList<int>, choices);
    QFETCH(int, expect);
    QFETCH(QString, action);
    QFETCH(int, choice);
    QFETCH(bool, warns);

    const AnswerPolicy policy(mode, expect == None ? std::nullopt : std::optional<int>(expect));
    const auto request = requestWith(numeric ? std::optional<QList<int>>(choices) : std::nullopt);
    const auto answer = policy.answerFor(request);
    if (action == QLatin1String("none")) {
        QVERIFY(!answer.has_value());
        return;
    }
    QVERIFY(answer.has_value());
    QCOMPARE(vd::wire::toWire(answer->action), action);
    QCOMPARE(answer->choice.value_or(None), choice);
    QCOMPARE(!answer->warning.isEmpty(), warns);
    // Whatever the mode, a numeric approve only ever carries a number that was offered.
    if (answer->choice)
        QVERIFY(choices.contains(*answer->choice));
}

void TestAnswerPolicy::validate_data() {
    QTest::addColumn<AutoMode>("mode");
    QTest::addColumn<int>("expect");
    QTest::addColumn<bool>("valid");
    QTest::newRow("approve") << AutoMode::Approve << None << true;
    QTest::newRow("deny") << AutoMode::Deny << None << true;
    QTest::newRow("ignore") << AutoMode::Ignore << None << true;
    QTest::newRow("correct without expect") << AutoMode::Correct << None << false;
    QTest::newRow("correct with expect") << AutoMode::Correct << 47 << true;
    QTest::newRow("wrong without expect") << AutoMode::Wrong << None << false;
    QTest::newRow("wrong with expect") << AutoMode::Wrong << 47 << true;
}

void TestAnswerPolicy::validate() {
    QFETCH(AutoMode, mode);
    QFETCH(int, expect);
    QFETCH(bool, valid);
    const QString problem =
        AnswerPolicy::validate(mode, expect == None ? std::nullopt : std::optional<int>(expect));
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(QLatin1String("--expect")), qPrintable(problem));
}

void TestAnswerPolicy::modeNamesRoundTrip() {
    for (AutoMode m :
         {AutoMode::Approve, AutoMode::Deny, AutoMode::Correct, AutoMode::Wrong, AutoMode::Ignore})
        QCOMPARE(vd::device::autoModeFromString(vd::device::toString(m)), std::optional(m));
    QVERIFY(!vd::device::autoModeFromString(QStringLiteral("APPROVE")));
    QVERIFY(!vd::device::autoModeFromString(QString()));
}

QTEST_GUILESS_MAIN(TestAnswerPolicy)
#include "tst_answerpolicy.moc"
