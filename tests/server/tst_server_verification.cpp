// SPDX-License-Identifier: MIT
// The verification lifecycle against the real server, the device driven over HTTP: each
// device answer and the state it leads to, plain mode, refused answers, what the device is
// told (and not told), tickets, and the server's own timeout.
#include "serverharness.h"

#include "jsonreader.h"

#include <QJsonArray>

using vd::test::ServerHarness;

namespace {

const QString Jdoe = QStringLiteral("jdoe");
const QString Mp1001 = QStringLiteral("MP-1001");

QList<int> choicesOf(const QJsonObject &pushRequest) {
    QList<int> choices;
    for (const QJsonValue &v : pushRequest.value(QStringLiteral("choices")).toArray())
        choices.append(v.toInt(-1));
    return choices;
}

// A 2-digit number that was not offered.
int notOffered(const QList<int> &choices) {
    int n = 10;
    while (choices.contains(n))
        ++n;
    return n;
}

} // namespace

class TestServerVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void outcome_data();
    void outcome();
    void choicesAreShuffled();
    void plainMode();
    void invalidChoice();
    void badAnswer_data();
    void badAnswer();
    void ticket_data();
    void ticket();
    void timesOut();

private:
    // POST as helpdesk for jdoe/MP-1001 and check the pending Verification; its JSON.
    QJsonObject startPending(const std::optional<QString> &ticket = std::nullopt);

    ServerHarness m_h;
    QByteArray m_device;
};

void TestServerVerification::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_device = m_h.activateDevice(Mp1001);
    QVERIFY(!m_device.isEmpty());
}

void TestServerVerification::cleanup() {
    m_h.cancelPending();
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("numericChallengeEnabled"), true}}), 200);
}

QJsonObject TestServerVerification::startPending(const std::optional<QString> &ticket) {
    const auto reply = m_h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001, ticket);
    if (reply.status != 201) {
        qWarning("%s", qPrintable(reply.describe()));
        return {};
    }
    return reply.object();
}

void TestServerVerification::outcome_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("pick"); // right, wrong, none
    QTest::addColumn<QString>("state");
    QTest::newRow("approve, right number")
        << QStringLiteral("approve") << QStringLiteral("right") << QStringLiteral("approved");
    QTest::newRow("approve, wrong number")
        << QStringLiteral("approve") << QStringLiteral("wrong") << QStringLiteral("wrong_number");
    QTest::newRow("deny") << QStringLiteral("deny") << QStringLiteral("none")
                          << QStringLiteral("denied");
    QTest::newRow("deny with the right number")
        << QStringLiteral("deny") << QStringLiteral("right") << QStringLiteral("denied");
}

void TestServerVerification::outcome() {
    QFETCH(QString, action);
    QFETCH(QString, pick);
    QFETCH(QString, state);
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    VD_VERIFY_KEYS(v, QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("userName"),
                   QStringLiteral("tokenSerial"), QStringLiteral("operator"),
                   QStringLiteral("ticket"), QStringLiteral("mode"),
                   QStringLiteral("verificationNumber"), QStringLiteral("state"),
                   QStringLiteral("reason"), QStringLiteral("createdAt"),
                   QStringLiteral("expiresAt"), QStringLiteral("completedAt"));
    QCOMPARE(v.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("numeric_challenge"));
    QCOMPARE(v.value(QStringLiteral("userId")).toString(), Jdoe);
    QCOMPARE(v.value(QStringLiteral("userName")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(v.value(QStringLiteral("tokenSerial")).toString(), Mp1001);
    QCOMPARE(v.value(QStringLiteral("operator")).toString(), QStringLiteral("helpdesk"));
    QVERIFY(v.value(QStringLiteral("ticket")).isNull());
    QVERIFY(v.value(QStringLiteral("reason")).isNull());
    QVERIFY(v.value(QStringLiteral("completedAt")).isNull());
    const QString number = v.value(QStringLiteral("verificationNumber")).toString();
    QVERIFY2(number.size() == 2 && number.toInt() >= 10 && number.toInt() <= 99,
             qPrintable(number));
    const auto created = vd::protocol::parseTime(v.value(QStringLiteral("createdAt")).toString());
    const auto expires = vd::protocol::parseTime(v.value(QStringLiteral("expiresAt")).toString());
    QVERIFY(created && expires);
    QCOMPARE(created->msecsTo(*expires), qint64(120 * 1000)); // the default timeout

    // What the device sees: exactly the PushRequest fields, three distinct 2-digit choices
    // holding the number, and nothing saying which one it is.
    const QJsonObject request = m_h.onlyRequest(m_device);
    VD_VERIFY_KEYS(request, QStringLiteral("requestId"), QStringLiteral("resourceName"),
                   QStringLiteral("organizationName"), QStringLiteral("userName"),
                   QStringLiteral("timestamp"), QStringLiteral("choices"));
    QCOMPARE(request.value(QStringLiteral("userName")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(request.value(QStringLiteral("organizationName")).toString(),
             QStringLiteral("Acme Corp"));
    QVERIFY(!request.value(QStringLiteral("resourceName")).toString().isEmpty());
    QVERIFY(vd::protocol::parseTime(request.value(QStringLiteral("timestamp")).toString()));
    QVERIFY(request.value(QStringLiteral("requestId")).toString() !=
            v.value(QStringLiteral("id")).toString());
    const QList<int> choices = choicesOf(request);
    QCOMPARE(choices.size(), 3);
    QCOMPARE(QSet<int>(choices.begin(), choices.end()).size(), 3);
    for (int c : choices)
        QVERIFY2(c >= 10 && c <= 99, qPrintable(QString::number(c)));
    QVERIFY(choices.contains(number.toInt()));

    std::optional<int> choice;
    if (pick == QLatin1String("right"))
        choice = number.toInt();
    else if (pick == QLatin1String("wrong"))
        choice = choices.at(choices.at(0) == number.toInt() ? 1 : 0);
    const QString requestId = request.value(QStringLiteral("requestId")).toString();
    const auto answered = m_h.answer(m_device, requestId, action, choice);
    VD_VERIFY_STATUS(answered, 200);
    QCOMPARE(answered.object(), (QJsonObject{{QStringLiteral("state"), state}}));

    const auto after =
        m_h.verification(QStringLiteral("helpdesk"), v.value(QStringLiteral("id")).toString());
    VD_VERIFY_STATUS(after, 200);
    QJsonObject expected = v;
    expected.insert(QStringLiteral("state"), state);
    expected.insert(QStringLiteral("completedAt"),
                    after.object().value(QStringLiteral("completedAt")));
    QCOMPARE(after.object(), expected); // only state and completedAt changed
    const auto completed =
        vd::protocol::parseTime(after.object().value(QStringLiteral("completedAt")).toString());
    QVERIFY(completed && *completed >= *created && *completed <= *expires);

    // Closed: no longer offered to the device, a second answer is refused.
    QVERIFY(m_h.deviceRequests(m_device).isEmpty());
    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("approve"), number.toInt()), 410,
                    QStringLiteral("request_closed"));
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), state);
}

void TestServerVerification::choicesAreShuffled() {
    // The number's position among the choices, and the number itself, vary between pushes.
    QSet<int> positions;
    QSet<QString> numbers;
    for (int round = 0; round < 12; ++round) {
        const QJsonObject v = startPending();
        QVERIFY(!v.isEmpty());
        const QJsonObject request = m_h.onlyRequest(m_device);
        const QString number = v.value(QStringLiteral("verificationNumber")).toString();
        positions.insert(int(choicesOf(request).indexOf(number.toInt())));
        numbers.insert(number);
        VD_VERIFY_STATUS(m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(),
                                    QStringLiteral("deny")),
                         200);
    }
    QVERIFY(!positions.contains(-1));
    QVERIFY2(positions.size() > 1, "the right number was always at the same position");
    QVERIFY(numbers.size() > 1);
}

void TestServerVerification::plainMode() {
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("numericChallengeEnabled"), false}}), 200);
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    QCOMPARE(v.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("plain_push"));
    QVERIFY(v.contains(QStringLiteral("verificationNumber")));
    QVERIFY(v.value(QStringLiteral("verificationNumber")).isNull());

    const QJsonObject request = m_h.onlyRequest(m_device);
    QVERIFY(request.contains(QStringLiteral("choices")));
    QVERIFY(request.value(QStringLiteral("choices")).isNull());
    // A choice is ignored in plain mode.
    const auto answered =
        m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(),
                   QStringLiteral("approve"), 42);
    VD_VERIFY_STATUS(answered, 200);
    QCOMPARE(answered.object().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), QStringLiteral("approved"));

    // The mode is the policy's at dispatch time: turning numeric back on does not change it.
    VD_VERIFY_STATUS(m_h.putPolicy({{QStringLiteral("numericChallengeEnabled"), true}}), 200);
    const auto again =
        m_h.verification(QStringLiteral("helpdesk"), v.value(QStringLiteral("id")).toString());
    QCOMPARE(again.object().value(QStringLiteral("mode")).toString(), QStringLiteral("plain_push"));
}

void TestServerVerification::invalidChoice() {
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    const QJsonObject request = m_h.onlyRequest(m_device);
    const QString requestId = request.value(QStringLiteral("requestId")).toString();
    const QList<int> choices = choicesOf(request);

    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("approve"), notOffered(choices)),
                    422, QStringLiteral("invalid_choice"));
    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("approve"), 7), 422,
                    QStringLiteral("invalid_choice"));
    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("approve")), 422,
                    QStringLiteral("invalid_choice"));
    // Refused answers decide nothing: still pending, still offered, still answerable.
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), QStringLiteral("pending"));
    QCOMPARE(m_h.onlyRequest(m_device).value(QStringLiteral("requestId")).toString(), requestId);
    const int number = v.value(QStringLiteral("verificationNumber")).toString().toInt();
    const auto answered = m_h.answer(m_device, requestId, QStringLiteral("approve"), number);
    VD_VERIFY_STATUS(answered, 200);
    QCOMPARE(answered.object().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
}

void TestServerVerification::badAnswer_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withDevice");
    QTest::addColumn<bool>("knownRequest");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray approve(R"({"action":"approve","choice":10})");
    QTest::newRow("no device token")
        << approve << false << true << 401 << QStringLiteral("unauthenticated");
    QTest::newRow("unknown action") << QByteArray(R"({"action":"maybe"})") << true << true << 400
                                    << QStringLiteral("invalid_field");
    QTest::newRow("missing action")
        << QByteArray(R"({"choice":10})") << true << true << 400 << QStringLiteral("invalid_field");
    QTest::newRow("choice a string") << QByteArray(R"({"action":"approve","choice":"10"})") << true
                                     << true << 400 << QStringLiteral("invalid_field");
    QTest::newRow("choice fractional") << QByteArray(R"({"action":"approve","choice":10.5})")
                                       << true << true << 400 << QStringLiteral("invalid_field");
    QTest::newRow("malformed") << QByteArray(R"({"action":)") << true << true << 400
                               << QStringLiteral("invalid_json");
    QTest::newRow("unknown request")
        << approve << true << false << 404 << QStringLiteral("not_found");
}

void TestServerVerification::badAnswer() {
    QFETCH(QByteArray, body);
    QFETCH(bool, withDevice);
    QFETCH(bool, knownRequest);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    const QString requestId =
        knownRequest ? m_h.onlyRequest(m_device).value(QStringLiteral("requestId")).toString()
                     : QStringLiteral("00000000000000000000000000000000");
    const auto reply =
        m_h.http().request("POST", QStringLiteral("/device/v1/requests/%1/response").arg(requestId),
                           body, "application/json", withDevice ? m_device : QByteArray());
    VD_VERIFY_ERROR(reply, status, code);
    if (code == QLatin1String("invalid_field")) {
        const QString field = body.contains("choice\":\"") || body.contains("10.5")
                                  ? QStringLiteral("choice")
                                  : QStringLiteral("action");
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
    }
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), QStringLiteral("pending"));
}

void TestServerVerification::ticket_data() {
    QTest::addColumn<QJsonValue>("ticket");
    QTest::addColumn<QJsonValue>("echoed"); // undefined: refused with 400 naming ticket
    QTest::newRow("none") << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Null);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
    QTest::newRow("case reference")
        << QJsonValue(QStringLiteral("INC-0012345")) << QJsonValue(QStringLiteral("INC-0012345"));
    QTest::newRow("64 characters")
        << QJsonValue(QString(64, QLatin1Char('T'))) << QJsonValue(QString(64, QLatin1Char('T')));
    QTest::newRow("65 characters")
        << QJsonValue(QString(65, QLatin1Char('T'))) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("control character")
        << QJsonValue(QStringLiteral("INC\n1")) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("a number") << QJsonValue(12345) << QJsonValue(QJsonValue::Undefined);
}

void TestServerVerification::ticket() {
    QFETCH(QJsonValue, ticket);
    QFETCH(QJsonValue, echoed);
    QJsonObject body{{QStringLiteral("userId"), Jdoe}, {QStringLiteral("tokenSerial"), Mp1001}};
    if (!ticket.isUndefined())
        body.insert(QStringLiteral("ticket"), ticket);
    const auto reply = m_h.http().post(QStringLiteral("/api/v1/verifications"), body,
                                       m_h.bearer(QStringLiteral("helpdesk")));
    if (echoed.isUndefined()) {
        VD_VERIFY_ERROR(reply, 400, QStringLiteral("invalid_field"));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("ticket")),
                 qPrintable(reply.describe()));
        QVERIFY(m_h.deviceRequests(m_device).isEmpty());
        return;
    }
    VD_VERIFY_STATUS(reply, 201);
    const QString id = reply.object().value(QStringLiteral("id")).toString();
    QCOMPARE(reply.object().value(QStringLiteral("ticket")), echoed);
    const QJsonObject request = m_h.onlyRequest(m_device);
    VD_VERIFY_STATUS(m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(),
                                QStringLiteral("deny")),
                     200);
    QCOMPARE(
        m_h.verification(QStringLiteral("helpdesk"), id).object().value(QStringLiteral("ticket")),
        echoed);
    // Echoed in both audit lists too.
    const auto ops = m_h.operatorEntries(id);
    QCOMPARE(ops.size(), 2);
    for (const QJsonObject &e : ops)
        QCOMPARE(e.value(QStringLiteral("ticket")), echoed);
    const auto auth = m_h.authenticationEntries(id);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(auth.first().value(QStringLiteral("ticket")), echoed);
}

void TestServerVerification::timesOut() {
    ServerHarness quick;
    QVERIFY2(quick.start({QStringLiteral("--verification-timeout"), QStringLiteral("2")}),
             qPrintable(quick.errorString()));
    const QByteArray device = quick.activateDevice(Mp1001);
    QVERIFY(!device.isEmpty());
    const auto created =
        quick.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001, QStringLiteral("INC-T1"));
    VD_VERIFY_STATUS(created, 201);
    const QJsonObject v = created.object();
    const QString id = v.value(QStringLiteral("id")).toString();
    const auto createdAt = vd::protocol::parseTime(v.value(QStringLiteral("createdAt")).toString());
    const auto expiresAt = vd::protocol::parseTime(v.value(QStringLiteral("expiresAt")).toString());
    QVERIFY(createdAt && expiresAt);
    QCOMPARE(createdAt->msecsTo(*expiresAt), qint64(2000));
    const QString requestId =
        quick.onlyRequest(device).value(QStringLiteral("requestId")).toString();
    QVERIFY(!requestId.isEmpty());

    // The server times it out by itself; nobody answers meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(quick.stateOf(id), QStringLiteral("timed_out"), 15000);
    const QJsonObject after = quick.verification(QStringLiteral("helpdesk"), id).object();
    const auto completedAt =
        vd::protocol::parseTime(after.value(QStringLiteral("completedAt")).toString());
    QVERIFY(completedAt && *completedAt >= *expiresAt);
    QVERIFY(after.value(QStringLiteral("verificationNumber")).isString()); // it was sent
    QVERIFY(quick.deviceRequests(device).isEmpty());
    VD_VERIFY_ERROR(quick.answer(device, requestId, QStringLiteral("approve"),
                                 v.value(QStringLiteral("verificationNumber")).toString().toInt()),
                    410, QStringLiteral("request_closed"));
    QCOMPARE(quick.stateOf(id), QStringLiteral("timed_out"));

    const auto auth = quick.authenticationEntries(id);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(auth.first().value(QStringLiteral("message")).toString(),
             QStringLiteral("Login from Helpdesk push verification \u2014 timed out"));
    QCOMPARE(auth.first().value(QStringLiteral("result")).toString(), QStringLiteral("Failure"));
    const auto ops = quick.operatorEntries(id);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("timed_out"));
    // A new push for the token is possible again.
    VD_VERIFY_STATUS(quick.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001), 201);
    quick.cancelPending();
}

QTEST_GUILESS_MAIN(TestServerVerification)
#include "tst_server_verification.moc"
