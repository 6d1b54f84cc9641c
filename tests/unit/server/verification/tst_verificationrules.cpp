// SPDX-License-Identifier: MIT
// The lifecycle rules: every legal transition allowed, every other refused; dispatch reasons in
// API.md's order; the meaning of device answers; ticket validation.
#include "verificationrules.h"

#include <QTest>

using namespace vd;
using namespace vd::server;
using VS = wire::VerificationState;

Q_DECLARE_METATYPE(VS)

class TestVerificationRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void initialStates();
    void dispatchBlocker_data();
    void dispatchBlocker();
    void answers_data();
    void answers();
    void tickets_data();
    void tickets();
};

static const QList<VS> kAll{VS::Pending,  VS::Approved,       VS::Denied,   VS::WrongNumber,
                            VS::TimedOut, VS::DispatchFailed, VS::Cancelled};

void TestVerificationRules::transitions_data() {
    QTest::addColumn<VS>("from");
    QTest::addColumn<VS>("to");
    QTest::addColumn<bool>("legal");
    const QList<VS> legalFromPending{VS::Approved, VS::Denied, VS::WrongNumber, VS::TimedOut,
                                     VS::Cancelled};
    for (VS from : kAll) {
        for (VS to : kAll) {
            const bool legal = from == VS::Pending && legalFromPending.contains(to);
            const QByteArray name =
                (wire::toWire(from) + QStringLiteral("->") + wire::toWire(to)).toLatin1();
            QTest::newRow(name.constData()) << from << to << legal;
        }
    }
}

void TestVerificationRules::transitions() {
    QFETCH(VS, from);
    QFETCH(VS, to);
    QFETCH(bool, legal);
    QCOMPARE(rules::canTransition(from, to), legal);
}

void TestVerificationRules::initialStates() {
    for (VS s : kAll)
        QCOMPARE(rules::isValidInitialState(s), s == VS::Pending || s == VS::DispatchFailed);
}

void TestVerificationRules::dispatchBlocker_data() {
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("push");
    QTest::addColumn<bool>("pushOtp");
    QTest::addColumn<QString>("expected");
    const int active = int(wire::TokenState::Active);
    const int suspended = int(wire::TokenState::Suspended);
    const int revoked = int(wire::TokenState::Revoked);
    QTest::newRow("all good") << active << true << true << QString();
    QTest::newRow("suspended first")
        << suspended << false << false << QStringLiteral("token_inactive");
    QTest::newRow("revoked") << revoked << true << true << QStringLiteral("token_inactive");
    QTest::newRow("push off before otp off")
        << active << false << false << QStringLiteral("push_disabled");
    QTest::newRow("push otp off") << active << true << false << QStringLiteral("push_otp_disabled");
}

void TestVerificationRules::dispatchBlocker() {
    QFETCH(int, state);
    QFETCH(bool, push);
    QFETCH(bool, pushOtp);
    QFETCH(QString, expected);
    protocol::Token t;
    t.state = static_cast<wire::TokenState>(state);
    t.pushEnabled = push;
    t.deviceRegistered = false; // device reachability is the gateway's, not this rule's
    protocol::Policy p;
    p.pushOtpEnabled = pushOtp;
    const auto r = rules::dispatchBlocker(t, p);
    QCOMPARE(r ? wire::toWire(*r) : QString(), expected);
}

void TestVerificationRules::answers_data() {
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<int>("choice");       // -1: none
    QTest::addColumn<QString>("expected"); // state, or error code
    QTest::newRow("numeric right") << true << true << 47 << QStringLiteral("approved");
    QTest::newRow("numeric wrong offered") << true << true << 12 << QStringLiteral("wrong_number");
    QTest::newRow("numeric not offered") << true << true << 55 << QStringLiteral("invalid_choice");
    QTest::newRow("numeric approve no choice")
        << true << true << -1 << QStringLiteral("invalid_choice");
    QTest::newRow("numeric deny") << true << false << -1 << QStringLiteral("denied");
    QTest::newRow("numeric deny with choice") << true << false << 47 << QStringLiteral("denied");
    QTest::newRow("plain approve") << false << true << -1 << QStringLiteral("approved");
    QTest::newRow("plain approve ignores choice")
        << false << true << 99 << QStringLiteral("approved");
    QTest::newRow("plain deny") << false << false << -1 << QStringLiteral("denied");
}

void TestVerificationRules::answers() {
    QFETCH(bool, numeric);
    QFETCH(bool, approve);
    QFETCH(int, choice);
    QFETCH(QString, expected);
    rules::AnswerInput in;
    in.mode = numeric ? wire::Mode::NumericChallenge : wire::Mode::PlainPush;
    in.choices = numeric ? QList<int>{12, 47, 83} : QList<int>{};
    in.correct = numeric ? 47 : 0;
    in.action = approve ? wire::DeviceAction::Approve : wire::DeviceAction::Deny;
    if (choice >= 0)
        in.choice = choice;
    const auto r = rules::evaluateAnswer(in);
    QCOMPARE(r ? wire::toWire(r.value()) : r.error().code, expected);
}

void TestVerificationRules::tickets_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("absent");
    QTest::addColumn<bool>("valid");
    QTest::newRow("null") << QString() << true << true;
    QTest::newRow("blank is none") << QStringLiteral("   ") << false << true;
    QTest::newRow("normal") << QStringLiteral("INC-004211") << false << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << false << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false << false;
    QTest::newRow("non-ascii printable") << QStringLiteral("Störung #12") << false << true;
    QTest::newRow("newline") << QStringLiteral("INC\n1") << false << false;
    QTest::newRow("tab") << QStringLiteral("INC\t1") << false << false;
}

void TestVerificationRules::tickets() {
    QFETCH(QString, input);
    QFETCH(bool, absent);
    QFETCH(bool, valid);
    const auto r = rules::validateTicket(absent ? std::nullopt : std::optional<QString>(input));
    QCOMPARE(r.ok(), valid);
    if (!valid)
        QCOMPARE(r.error().code, QStringLiteral("invalid_field"));
    else if (input.trimmed().isEmpty())
        QVERIFY(!r.value().has_value());
    else
        QCOMPARE(*r.value(), input.trimmed());
}

QTEST_GUILESS_MAIN(TestVerificationRules)
#include "tst_verificationrules.moc"
