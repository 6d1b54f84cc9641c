// SPDX-License-Identifier: MIT
// ConnectionGuard over time: idle and slow connections, capacity, WebSockets, random bytes.
#include "guardfixture.h"
#include "rawhttpclient.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <memory>

using vd::server::ConnectionLimits;

namespace {

// Short limits so timeouts happen within a test; the waits stay generous for a busy machine.
constexpr int ShortMs = 300;
constexpr int GenerousMs = 10000;

QByteArray get() {
    return QByteArrayLiteral("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

ConnectionLimits limits(int idleMs, int deadlineMs, int maxConnections = 1024) {
    ConnectionLimits l;
    l.idleTimeoutMs = idleMs;
    l.requestDeadlineMs = deadlineMs;
    l.maxConnections = maxConnections;
    return l;
}

} // namespace

class TestConnectionGuardLifetime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleConnectionClosed_data();
    void idleConnectionClosed();
    void slowlorisHitsDeadline();
    void stalledRequestAnswered408();
    void tooManyConnections();
    void webSocketPassesAndIsNotIdleTimed();
    void plainGetOnWebSocketRoute();
    void randomBytesNeverHurt();

private:
    std::unique_ptr<GuardFixture> start(const ConnectionLimits &l);
};

std::unique_ptr<GuardFixture> TestConnectionGuardLifetime::start(const ConnectionLimits &l) {
    auto fixture = std::make_unique<GuardFixture>(l);
    if (!fixture->start())
        return nullptr;
    return fixture;
}

void TestConnectionGuardLifetime::idleConnectionClosed_data() {
    QTest::addColumn<bool>("afterRequest");
    QTest::newRow("never sent a byte") << false;
    QTest::newRow("after a keep-alive request") << true;
}

void TestConnectionGuardLifetime::idleConnectionClosed() {
    QFETCH(bool, afterRequest);
    auto fixture = start(limits(ShortMs, GenerousMs));
    QVERIFY(fixture);
    RawHttpClient client;
    QVERIFY(client.connectTo(fixture->port()));
    if (afterRequest) {
        client.send(get());
        const auto r = client.readResponse();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    QVERIFY2(client.waitClosed(GenerousMs), "idle connection not closed");
    QVERIFY(client.unparsed().isEmpty()); // closed quietly, no error answer
    QVERIFY(fixture->rejections().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(fixture->guard()->openConnections(), 0, GenerousMs);
}

void TestConnectionGuardLifetime::slowlorisHitsDeadline() {
    // Never idle (a byte every 50 ms), but the head never ends.
    auto fixture = start(limits(GenerousMs, ShortMs));
    QVERIFY(fixture);
    RawHttpClient client;
    QVERIFY(client.connectTo(fixture->port()));
    client.send("GET /ping HTTP/1.1\r\nX-Slow: ");
    QTimer drip;
    connect(&drip, &QTimer::timeout, &client, [&client] {
        if (client.isOpen())
            client.send("a");
    });
    drip.start(50);
    const auto r = client.readResponse(GenerousMs);
    QVERIFY2(r, "slow request not cut off");
    QCOMPARE(r->status, 408);
    QCOMPARE(r->errorCode(), QStringLiteral("request_timeout"));
    QVERIFY(client.waitClosed(GenerousMs));
    QCOMPARE(fixture->requestsHandled(), 0);
}

void TestConnectionGuardLifetime::stalledRequestAnswered408() {
    auto fixture = start(limits(ShortMs, GenerousMs));
    QVERIFY(fixture);
    RawHttpClient client;
    QVERIFY(client.connectTo(fixture->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nhalf");
    const auto r = client.readResponse(GenerousMs);
    QVERIFY(r);
    QCOMPARE(r->status, 408);
    QVERIFY(client.waitClosed(GenerousMs));
    QCOMPARE(fixture->requestsHandled(), 0);
}

void TestConnectionGuardLifetime::tooManyConnections() {
    auto fixture = start(limits(GenerousMs, GenerousMs, 2));
    QVERIFY(fixture);
    RawHttpClient first;
    RawHttpClient second;
    for (RawHttpClient *c : {&first, &second}) {
        QVERIFY(c->connectTo(fixture->port()));
        c->send(get());
        QVERIFY(c->readResponse());
    }
    QCOMPARE(fixture->guard()->openConnections(), 2);

    RawHttpClient third;
    QVERIFY(third.connectTo(fixture->port()));
    third.send(get());
    const auto r = third.readResponse();
    QVERIFY(r);
    QCOMPARE(r->status, 503);
    QCOMPARE(r->errorCode(), QStringLiteral("server_busy"));
    QCOMPARE(r->header("Retry-After"), QByteArrayLiteral("1"));
    QVERIFY(third.waitClosed());
    QCOMPARE(fixture->requestsHandled(), 2);

    // A slot frees up once a connection closes.
    first.socket().disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(fixture->guard()->openConnections(), 1, GenerousMs);
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(fixture->port()));
    fourth.send(get());
    const auto ok = fourth.readResponse();
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
}

void TestConnectionGuardLifetime::webSocketPassesAndIsNotIdleTimed() {
    auto fixture = start(limits(ShortMs, ShortMs));
    QVERIFY(fixture);
    QWebSocket ws;
    QStringList received;
    connect(&ws, &QWebSocket::textMessageReceived, this,
            [&received](const QString &m) { received.append(m); });
    ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture->port())));
    QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::ConnectedState, GenerousMs);
    QTRY_COMPARE_WITH_TIMEOUT(fixture->webSocketsOpen(), 1, GenerousMs);

    // Well past both the idle timeout and the request deadline.
    QTest::qWait(6 * ShortMs);
    QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);
    ws.sendTextMessage(QStringLiteral("still there"));
    QTRY_COMPARE_WITH_TIMEOUT(received, QStringList{QStringLiteral("still there")}, GenerousMs);
    QCOMPARE(fixture->guard()->openConnections(), 1);
    QVERIFY(fixture->rejections().isEmpty());

    ws.close();
    QTRY_COMPARE_WITH_TIMEOUT(fixture->webSocketsOpen(), 0, GenerousMs);
    QTRY_COMPARE_WITH_TIMEOUT(fixture->guard()->openConnections(), 0, GenerousMs);
}

void TestConnectionGuardLifetime::plainGetOnWebSocketRoute() {
    auto fixture = start(ConnectionLimits{});
    QVERIFY(fixture);
    RawHttpClient client;
    QVERIFY(client.connectTo(fixture->port()));
    client.send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const auto r = client.readResponse();
    QVERIFY(r);
    QCOMPARE(r->status, 426);
}

void TestConnectionGuardLifetime::randomBytesNeverHurt() {
    // Anything not refused at once is closed by the deadline, so no buffer can hang the test.
    auto fixture = start(limits(ShortMs, ShortMs));
    QVERIFY(fixture);
    QRandomGenerator random(20240601);
    constexpr int Rounds = 300;
    constexpr int Batch = 20;
    int refused = 0;
    int closedSilently = 0;
    for (int round = 0; round < Rounds; round += Batch) {
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < Batch; ++i) {
            auto client = std::make_unique<RawHttpClient>();
            QVERIFY(client->connectTo(fixture->port()));
            QByteArray bytes(1 + random.bounded(2048), Qt::Uninitialized);
            const bool printable = (round + i) % 3 == 0;
            for (char &c : bytes)
                c = char(printable ? 0x20 + random.bounded(0x5f) : random.bounded(256));
            if ((round + i) % 5 == 0)
                bytes.prepend("GET / HTTP/1.1\r\n"); // garbage behind a valid request line
            client->send(bytes);
            clients.push_back(std::move(client));
        }
        for (auto &client : clients) {
            QVERIFY2(client->waitClosed(GenerousMs), "connection neither refused nor closed");
            const QByteArray answer = client->unparsed();
            if (answer.isEmpty()) {
                ++closedSilently;
                continue;
            }
            QVERIFY2(answer.startsWith("HTTP/1.1 400 ") || answer.startsWith("HTTP/1.1 431 ") ||
                         answer.startsWith("HTTP/1.1 408 "),
                     answer.left(40).constData());
            ++refused;
        }
    }
    QCOMPARE(refused + closedSilently, Rounds);
    QVERIFY(refused > Rounds / 2);
    QCOMPARE(fixture->requestsHandled(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(fixture->guard()->openConnections(), 0, GenerousMs);

    RawHttpClient after;
    QVERIFY(after.connectTo(fixture->port()));
    after.send(get());
    const auto r = after.readResponse();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
}

QTEST_GUILESS_MAIN(TestConnectionGuardLifetime)
#include "tst_connectionguardlifetime.moc"
