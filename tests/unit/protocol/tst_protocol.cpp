// SPDX-License-Identifier: MIT
// The shared wire library: exact strings, DTO round trips, and decode errors that name the field.
#include "dto.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vd;
using namespace vd::protocol;

class TestProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wireRoundTrips();
    void bindingTexts();
    void verificationRoundTrip();
    void decodeErrorsNameTheField_data();
    void decodeErrorsNameTheField();
    void times();
    void pageOfUsers();
    void ticketRule_data();
    void ticketRule();
};

void TestProtocol::wireRoundTrips() {
    using VS = wire::VerificationState;
    for (VS s : {VS::Pending, VS::Approved, VS::Denied, VS::WrongNumber, VS::TimedOut,
                 VS::DispatchFailed, VS::Cancelled})
        QCOMPARE(wire::verificationStateFromWire(wire::toWire(s)), s);
    QCOMPARE(wire::toWire(VS::WrongNumber), QStringLiteral("wrong_number"));
    QCOMPARE(wire::toWire(wire::TokenType::MobilePassPlus), QStringLiteral("mobilepass_plus"));
    QCOMPARE(wire::toWire(wire::DispatchReason::PushOtpDisabled),
             QStringLiteral("push_otp_disabled"));
    QCOMPARE(wire::auditActionType(wire::FollowUpAction::ResetPin), QStringLiteral("PinReset"));
    QVERIFY(!wire::verificationStateFromWire(QStringLiteral("Approved")).has_value());
}

void TestProtocol::bindingTexts() {
    using VS = wire::VerificationState;
    QCOMPARE(
        wire::resultText(VS::Approved),
        QStringLiteral(
            "User Authenticated \u2014 Service team can proceed with password/privilege changes."));
    QCOMPARE(wire::resultText(VS::WrongNumber),
             QStringLiteral("Authentication Failed \u2014 Wrong number selected. Service team "
                            "should NOT proceed."));
    QCOMPARE(wire::resultText(VS::Denied),
             QStringLiteral("Authentication Failed \u2014 Service team should NOT proceed."));
    QCOMPARE(wire::resultText(VS::TimedOut),
             QStringLiteral(
                 "Push authentication timed out. Please escalate to next verification tier."));
    QCOMPARE(wire::resultText(VS::DispatchFailed),
             QStringLiteral("Failed to send push notification. Please check the token "
                            "configuration and try again."));
    QVERIFY(wire::resultText(VS::Pending).isEmpty());
    QVERIFY(wire::resultText(VS::Cancelled).isEmpty());
    QCOMPARE(wire::authAuditMessage(VS::WrongNumber),
             QStringLiteral("Login from Helpdesk push verification \u2014 wrong number selected"));
    QCOMPARE(wire::authAuditMessage(VS::TimedOut),
             QStringLiteral("Login from Helpdesk push verification \u2014 timed out"));
    QVERIFY(wire::authAuditMessage(VS::Cancelled).isEmpty());
    QCOMPARE(wire::authAuditResult(VS::Approved), QStringLiteral("Success"));
    QCOMPARE(wire::authAuditResult(VS::Denied), QStringLiteral("Failure"));
}

void TestProtocol::verificationRoundTrip() {
    Verification v;
    v.id = QStringLiteral("v1");
    v.userId = QStringLiteral("jdoe");
    v.userName = QStringLiteral("John Doe");
    v.tokenSerial = QStringLiteral("MP-1001");
    v.operatorName = QStringLiteral("helpdesk");
    v.ticket = QStringLiteral("INC-1");
    v.verificationNumber = QStringLiteral("47");
    v.createdAt = QDateTime(QDate(2026, 12, 3), QTime(10, 15, 30, 123), Qt::UTC);
    v.expiresAt = v.createdAt.addSecs(120);
    const QJsonObject o = v.toJson();
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-12-03T10:15:30.123Z"));
    QVERIFY(o.value(QStringLiteral("reason")).isNull());
    QVERIFY(o.value(QStringLiteral("completedAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("operator")).toString(), QStringLiteral("helpdesk"));
    DecodeError err;
    const auto back = Verification::fromJson(o, &err);
    QVERIFY2(back.has_value(), qPrintable(err.message));
    QCOMPARE(back->verificationNumber, v.verificationNumber);
    QCOMPARE(back->expiresAt, v.expiresAt);
    QCOMPARE(back->ticket, v.ticket);
    QVERIFY(!back->completedAt.has_value());
}

void TestProtocol::decodeErrorsNameTheField_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray good =
        R"({"id":"v","userId":"u","userName":"n","tokenSerial":"s","operator":"o","ticket":null,"mode":"plain_push","verificationNumber":null,"state":"pending","reason":null,"createdAt":"2026-12-03T10:15:30.123Z","expiresAt":"2026-12-03T10:17:30.123Z","completedAt":null})";
    QTest::newRow("good") << good << QString();
    QByteArray missing = good;
    missing.replace(R"("userId":"u",)", "");
    QTest::newRow("missing") << missing << QStringLiteral("verification.userId");
    QByteArray wrongType = good;
    wrongType.replace(R"("state":"pending")", R"("state":3)");
    QTest::newRow("wrong type") << wrongType << QStringLiteral("verification.state");
    QByteArray unknown = good;
    unknown.replace(R"("state":"pending")", R"("state":"approvedish")");
    QTest::newRow("unknown enum") << unknown << QStringLiteral("verification.state");
    QByteArray localTime = good;
    localTime.replace(R"("2026-12-03T10:15:30.123Z")", R"("2026-12-03T10:15:30.123")");
    QTest::newRow("time without offset") << localTime << QStringLiteral("verification.createdAt");
}

void TestProtocol::decodeErrorsNameTheField() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    DecodeError err;
    const auto v = Verification::fromJson(QJsonDocument::fromJson(json).object(), &err);
    QCOMPARE(v.has_value(), field.isEmpty());
    QCOMPARE(err.field, field);
    if (!field.isEmpty())
        QVERIFY(err.message.contains(field));
}

void TestProtocol::times() {
    QVERIFY(parseTime(QStringLiteral("2026-12-03T10:15:30.123Z")).has_value());
    QVERIFY(parseTime(QStringLiteral("2026-12-03T11:15:30+01:00")).has_value());
    QCOMPARE(parseTime(QStringLiteral("2026-12-03T11:15:30+01:00"))->toUTC().time().hour(), 10);
    QVERIFY(!parseTime(QStringLiteral("yesterday")).has_value());
    QVERIFY(!parseTime(QStringLiteral("2026-12-03T10:15:30")).has_value());
}

void TestProtocol::pageOfUsers() {
    Page<User> p;
    p.total = 2;
    p.items = {
        {QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("a@x")}};
    const auto back = Page<User>::fromJson(p.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->total, 2);
    QCOMPARE(back->items.first().displayName(), QStringLiteral("A One"));
    QJsonObject broken = p.toJson();
    broken.insert(QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("userId"), 1}}});
    DecodeError err;
    QVERIFY(!Page<User>::fromJson(broken, &err).has_value());
    QVERIFY(err.message.contains(QStringLiteral("items[0]")));
}

void TestProtocol::ticketRule_data() {
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<int>("problem");
    using P = wire::TicketProblem;
    QTest::newRow("none") << QString() << int(P::None);
    QTest::newRow("blank") << QStringLiteral("   ") << int(P::None);
    QTest::newRow("case number") << QStringLiteral("INC-2026-0042") << int(P::None);
    QTest::newRow("spaces and punctuation")
        << QStringLiteral("SR 77 / \"urgent\", call-back") << int(P::None);
    QTest::newRow("non-ASCII") << QStringLiteral("Störung №12 — Zürich") << int(P::None);
    QTest::newRow("64") << QString(64, QLatin1Char('x')) << int(P::None);
    QTest::newRow("64 plus blanks")
        << QString(QStringLiteral("  ") + QString(64, QLatin1Char('x')) + QStringLiteral(" "))
        << int(P::None);
    QTest::newRow("65") << QString(65, QLatin1Char('x')) << int(P::TooLong);
    QTest::newRow("tab") << QStringLiteral("INC\t42") << int(P::NotPrintable);
    QTest::newRow("newline") << QStringLiteral("INC\n42") << int(P::NotPrintable);
    QTest::newRow("NUL") << QString(QStringLiteral("INC") + QChar(0) + QStringLiteral("42"))
                         << int(P::NotPrintable);
    QTest::newRow("zero-width space") << QStringLiteral("INC\u200B42") << int(P::NotPrintable);
}

void TestProtocol::ticketRule() {
    QFETCH(QString, ticket);
    QFETCH(int, problem);
    QCOMPARE(int(wire::ticketProblem(ticket)), problem);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
