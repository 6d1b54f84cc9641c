// SPDX-License-Identifier: MIT
// The device side of the real server: activation codes and activation (single use, replaces
// the earlier device), and the device WebSocket /device/v1/channel: push.request for a new
// verification, push.response answered with push.result or error, late connects.
#include "serverharness.h"
#include "wsclient.h"

using vd::test::ServerHarness;
using vd::test::WsClient;

namespace {

const QString ChannelPath = QStringLiteral("/device/v1/channel");
const QString Jdoe = QStringLiteral("jdoe");
const QString Mp1001 = QStringLiteral("MP-1001");
constexpr int MessageWithinMs = 5000;

WsClient::Match ofType(const QString &type, const QString &requestId = {}) {
    return [type, requestId](const QJsonObject &m) {
        return m.value(QStringLiteral("type")).toString() == type &&
               (requestId.isEmpty() ||
                m.value(QStringLiteral("requestId")).toString() == requestId);
    };
}

QList<int> choicesOf(const QJsonObject &pushRequest) {
    QList<int> choices;
    for (const QJsonValue &v : pushRequest.value(QStringLiteral("choices")).toArray())
        choices.append(v.toInt());
    return choices;
}

} // namespace

class TestServerDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void activationCodeRefused_data();
    void activationCodeRefused();
    void activationRefused_data();
    void activationRefused();
    void reactivationReplacesDevice();
    void deviceRoutesNeedDeviceToken_data();
    void deviceRoutesNeedDeviceToken();
    void channelReceivesPushRequest();
    void channelAnswer_data();
    void channelAnswer();
    void channelErrors_data();
    void channelErrors();
    void lateConnectGetsOpenRequest();
    void channelRefusedWithoutDeviceToken();

private:
    // A pending verification for jdoe/MP-1001; its JSON.
    QJsonObject startPending();

    ServerHarness m_h;
    QByteArray m_device; // MP-1001's current device token
    std::unique_ptr<WsClient> m_channel;
};

void TestServerDevice::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_device = m_h.activateDevice(Mp1001);
    QVERIFY(!m_device.isEmpty());
}

void TestServerDevice::cleanup() {
    m_h.cancelPending();
}

QJsonObject TestServerDevice::startPending() {
    const auto reply = m_h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001);
    if (reply.status != 201) {
        qWarning("%s", qPrintable(reply.describe()));
        return {};
    }
    return reply.object();
}

void TestServerDevice::activationCodeRefused_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("auditor (view only)")
        << QStringLiteral("auditor") << Mp1001 << 403 << QStringLiteral("forbidden");
    QTest::newRow("unknown token") << QStringLiteral("helpdesk") << QStringLiteral("MP-9999") << 404
                                   << QStringLiteral("not_found");
    QTest::newRow("hardware token") << QStringLiteral("helpdesk") << QStringLiteral("HW-2001")
                                    << 422 << QStringLiteral("not_push_capable");
    QTest::newRow("no session") << QString() << Mp1001 << 401 << QStringLiteral("unauthenticated");
}

void TestServerDevice::activationCodeRefused() {
    QFETCH(QString, op);
    QFETCH(QString, serial);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto reply = m_h.http().post(QStringLiteral("/api/v1/tokens/%1/activation").arg(serial),
                                       {}, op.isEmpty() ? QByteArray() : m_h.bearer(op));
    VD_VERIFY_ERROR(reply, status, code);
}

void TestServerDevice::activationRefused_data() {
    QTest::addColumn<QString>("how");
    QTest::newRow("unknown code") << QStringLiteral("unknown");
    QTest::newRow("used code") << QStringLiteral("used");
    QTest::newRow("code of another token") << QStringLiteral("other serial");
    QTest::newRow("unknown serial") << QStringLiteral("unknown serial");
}

void TestServerDevice::activationRefused() {
    QFETCH(QString, how);
    const QByteArray admin = m_h.bearer(QStringLiteral("admin"));
    QString serial = QStringLiteral("MP-1003");
    QString code = m_h.http().activationCode(admin, serial);
    QVERIFY(!code.isEmpty());
    if (how == QLatin1String("unknown")) {
        code = QStringLiteral("ZZZZ-ZZZZ-ZZZZ");
    } else if (how == QLatin1String("used")) {
        VD_VERIFY_STATUS(m_h.http().post(QStringLiteral("/device/v1/activate"),
                                         {{QStringLiteral("serial"), serial},
                                          {QStringLiteral("activationCode"), code}}),
                         201);
    } else if (how == QLatin1String("other serial")) {
        serial = QStringLiteral("MP-000000");
    } else {
        serial = QStringLiteral("MP-9999");
    }
    const auto reply = m_h.http().post(
        QStringLiteral("/device/v1/activate"),
        {{QStringLiteral("serial"), serial}, {QStringLiteral("activationCode"), code}});
    VD_VERIFY_ERROR(reply, 401, QStringLiteral("invalid_activation_code"));
    QVERIFY(!reply.body.contains(code.toUtf8())); // never echoed
}

void TestServerDevice::reactivationReplacesDevice() {
    const QByteArray first = m_h.activateDevice(QStringLiteral("MP-000000"));
    QVERIFY(!first.isEmpty());
    VD_VERIFY_STATUS(m_h.http().get(QStringLiteral("/device/v1/requests"), {}, first), 200);
    WsClient oldChannel;
    QVERIFY(oldChannel.open(m_h.webSocketUrl(ChannelPath), first));

    const QByteArray second = m_h.activateDevice(QStringLiteral("MP-000000"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    VD_VERIFY_ERROR(m_h.http().get(QStringLiteral("/device/v1/requests"), {}, first), 401,
                    QStringLiteral("unauthenticated"));
    VD_VERIFY_STATUS(m_h.http().get(QStringLiteral("/device/v1/requests"), {}, second), 200);

    // The new device gets the push; the replaced one does not, and is cut off.
    WsClient newChannel;
    QVERIFY(newChannel.open(m_h.webSocketUrl(ChannelPath), second));
    const auto created = m_h.startVerification(
        QStringLiteral("helpdesk"), QStringLiteral("emp000000"), QStringLiteral("MP-000000"));
    VD_VERIFY_STATUS(created, 201);
    QCOMPARE(created.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(!newChannel.waitFor(ofType(QStringLiteral("push.request")), MessageWithinMs).isEmpty());
    QVERIFY(oldChannel.waitForDisconnected(MessageWithinMs));
    for (const QJsonObject &m : oldChannel.messages())
        QVERIFY(m.value(QStringLiteral("type")).toString() != QLatin1String("push.request"));
}

void TestServerDevice::deviceRoutesNeedDeviceToken_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("bearerOf"); // none, garbage, operator
    for (const char *who : {"none", "garbage", "operator"}) {
        QTest::addRow("GET requests, %s", who)
            << QByteArray("GET") << QStringLiteral("/device/v1/requests")
            << QString::fromLatin1(who);
        QTest::addRow("POST response, %s", who)
            << QByteArray("POST") << QStringLiteral("/device/v1/requests/x/response")
            << QString::fromLatin1(who);
    }
}

void TestServerDevice::deviceRoutesNeedDeviceToken() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, bearerOf);
    const QByteArray bearer = bearerOf == QLatin1String("garbage") ? QByteArray("garbage")
                              : bearerOf == QLatin1String("operator")
                                  ? m_h.bearer(QStringLiteral("admin"))
                                  : QByteArray();
    const QByteArray body = method == "POST" ? QByteArray(R"({"action":"deny"})") : QByteArray();
    const auto reply = m_h.http().request(
        method, path, body, body.isEmpty() ? QByteArray() : "application/json", bearer);
    VD_VERIFY_ERROR(reply, 401, QStringLiteral("unauthenticated"));
}

void TestServerDevice::channelReceivesPushRequest() {
    m_channel = std::make_unique<WsClient>();
    QVERIFY2(m_channel->open(m_h.webSocketUrl(ChannelPath), m_device),
             qPrintable(m_channel->errorString()));
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    const QJsonObject push =
        m_channel->waitFor(ofType(QStringLiteral("push.request")), MessageWithinMs);
    QVERIFY2(!push.isEmpty(), "no push.request on the device channel");
    VD_VERIFY_KEYS(push, QStringLiteral("type"), QStringLiteral("requestId"),
                   QStringLiteral("resourceName"), QStringLiteral("organizationName"),
                   QStringLiteral("userName"), QStringLiteral("timestamp"),
                   QStringLiteral("choices"));
    // The same PushRequest as over HTTP.
    QJsonObject withoutType = push;
    withoutType.remove(QStringLiteral("type"));
    QCOMPARE(withoutType, m_h.onlyRequest(m_device));
    QVERIFY(
        choicesOf(push).contains(v.value(QStringLiteral("verificationNumber")).toString().toInt()));
}

void TestServerDevice::channelAnswer_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("rightNumber");
    QTest::addColumn<QString>("state");
    QTest::newRow("approve, right number")
        << QStringLiteral("approve") << true << QStringLiteral("approved");
    QTest::newRow("approve, wrong number")
        << QStringLiteral("approve") << false << QStringLiteral("wrong_number");
    QTest::newRow("deny") << QStringLiteral("deny") << true << QStringLiteral("denied");
}

void TestServerDevice::channelAnswer() {
    QFETCH(QString, action);
    QFETCH(bool, rightNumber);
    QFETCH(QString, state);
    QVERIFY(m_channel && m_channel->isConnected());
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    const QJsonObject push =
        m_channel->waitFor(ofType(QStringLiteral("push.request")), MessageWithinMs);
    QVERIFY(!push.isEmpty());
    const QString requestId = push.value(QStringLiteral("requestId")).toString();
    const int number = v.value(QStringLiteral("verificationNumber")).toString().toInt();
    const QList<int> choices = choicesOf(push);
    const int choice = rightNumber ? number : choices.at(choices.at(0) == number ? 1 : 0);

    m_channel->sendJson({{QStringLiteral("type"), QStringLiteral("push.response")},
                         {QStringLiteral("requestId"), requestId},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("choice"), choice}});
    const QJsonObject result =
        m_channel->waitFor(ofType(QStringLiteral("push.result"), requestId), MessageWithinMs);
    QCOMPARE(result, (QJsonObject{{QStringLiteral("type"), QStringLiteral("push.result")},
                                  {QStringLiteral("requestId"), requestId},
                                  {QStringLiteral("state"), state}}));
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), state);
    QVERIFY(m_h.deviceRequests(m_device).isEmpty());
}

void TestServerDevice::channelErrors_data() {
    QTest::addColumn<QString>("message"); // raw text; {rid} is the open request's id
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QStringLiteral("hello") << QStringLiteral("invalid_json");
    QTest::newRow("JSON array") << QStringLiteral("[1,2]") << QStringLiteral("invalid_json");
    QTest::newRow("unknown type") << QStringLiteral(R"({"type":"push.maybe","requestId":"{rid}"})")
                                  << QStringLiteral("invalid_field");
    QTest::newRow("no requestId") << QStringLiteral(R"({"type":"push.response","action":"deny"})")
                                  << QStringLiteral("invalid_field");
    QTest::newRow("unknown action")
        << QStringLiteral(R"({"type":"push.response","requestId":"{rid}","action":"shrug"})")
        << QStringLiteral("invalid_field");
    QTest::newRow("choice a string")
        << QStringLiteral(
               R"({"type":"push.response","requestId":"{rid}","action":"approve","choice":"10"})")
        << QStringLiteral("invalid_field");
    QTest::newRow("choice not offered")
        << QStringLiteral(
               R"({"type":"push.response","requestId":"{rid}","action":"approve","choice":{bad}})")
        << QStringLiteral("invalid_choice");
    QTest::newRow("approve without choice")
        << QStringLiteral(R"({"type":"push.response","requestId":"{rid}","action":"approve"})")
        << QStringLiteral("invalid_choice");
    QTest::newRow("unknown request")
        << QStringLiteral(R"({"type":"push.response","requestId":"ffff","action":"deny"})")
        << QStringLiteral("not_found");
}

void TestServerDevice::channelErrors() {
    QFETCH(QString, message);
    QFETCH(QString, code);
    QVERIFY(m_channel && m_channel->isConnected());
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    const QJsonObject push =
        m_channel->waitFor(ofType(QStringLiteral("push.request")), MessageWithinMs);
    QVERIFY(!push.isEmpty());
    const QString requestId = push.value(QStringLiteral("requestId")).toString();
    int bad = 10;
    while (choicesOf(push).contains(bad))
        ++bad;
    m_channel->sendText(QString(message)
                            .replace(QStringLiteral("{rid}"), requestId)
                            .replace(QStringLiteral("{bad}"), QString::number(bad)));
    const QJsonObject error = m_channel->waitFor(ofType(QStringLiteral("error")), MessageWithinMs);
    QVERIFY2(!error.isEmpty(), "no error message");
    QCOMPARE(
        error.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        code);
    QVERIFY(!error.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    // Nothing was decided, and the channel stays usable.
    QCOMPARE(m_h.stateOf(v.value(QStringLiteral("id")).toString()), QStringLiteral("pending"));
    QVERIFY(m_channel->isConnected());
}

void TestServerDevice::lateConnectGetsOpenRequest() {
    // A request that is answered over HTTP while the socket is closed is not re-sent; one that is
    // still open is delivered as soon as the device connects.
    m_channel.reset();
    const QJsonObject v = startPending();
    QVERIFY(!v.isEmpty());
    WsClient late;
    QVERIFY(late.open(m_h.webSocketUrl(ChannelPath), m_device));
    const QJsonObject push = late.waitFor(ofType(QStringLiteral("push.request")), MessageWithinMs);
    QVERIFY2(!push.isEmpty(), "an open request was not delivered on connect");
    QCOMPARE(push.value(QStringLiteral("requestId")),
             m_h.onlyRequest(m_device).value(QStringLiteral("requestId")));

    // A closed request is answered request_closed over the socket too.
    VD_VERIFY_STATUS(m_h.http().del(QStringLiteral("/api/v1/verifications/") +
                                        v.value(QStringLiteral("id")).toString(),
                                    {}, m_h.bearer(QStringLiteral("helpdesk"))),
                     204);
    late.sendJson({{QStringLiteral("type"), QStringLiteral("push.response")},
                   {QStringLiteral("requestId"), push.value(QStringLiteral("requestId"))},
                   {QStringLiteral("action"), QStringLiteral("deny")}});
    const QJsonObject error = late.waitFor(ofType(QStringLiteral("error")), MessageWithinMs);
    QCOMPARE(
        error.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("request_closed"));
    QCOMPARE(error.value(QStringLiteral("requestId")), push.value(QStringLiteral("requestId")));
}

void TestServerDevice::channelRefusedWithoutDeviceToken() {
    for (const QByteArray &bearer :
         {QByteArray(), QByteArray("garbage"), m_h.bearer(QStringLiteral("helpdesk"))}) {
        WsClient client;
        QVERIFY(!client.open(m_h.webSocketUrl(ChannelPath), bearer));
    }
    QVERIFY(m_h.isHealthy());
}

QTEST_GUILESS_MAIN(TestServerDevice)
#include "tst_server_device.moc"
