// SPDX-License-Identifier: MIT
// EventStream: URL and header, decoding verification.updated, state signals, reconnects.
#include "eventstream.h"
#include "fakeeventsocket.h"
#include "fixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace std::chrono_literals;
using vd::app::Backoff;
using vd::app::EventStream;
using vd::protocol::Verification;
using vd::test::FakeEventSocket;
using vd::test::Fixtures;

namespace {
constexpr int kWait = 5000;
}

class TestEventStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventsUrl_data();
    void eventsUrl();
    void tokenInHeaderNotUrl();
    void decodes();
    void decodeRejects_data();
    void decodeRejects();
    void emitsDecodedVerifications();
    void connectionSignals();
    void reconnectsWithBackoff();
    void stopEndsReconnecting();
    void realWebSocket();
};

void TestEventStream::eventsUrl_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("events");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8470")
                          << QStringLiteral("ws://127.0.0.1:8470/api/v1/events");
    QTest::newRow("https") << QStringLiteral("https://vd.example.com")
                           << QStringLiteral("wss://vd.example.com/api/v1/events");
    QTest::newRow("trailing slash") << QStringLiteral("https://vd.example.com:8443/")
                                    << QStringLiteral("wss://vd.example.com:8443/api/v1/events");
    QTest::newRow("sub path") << QStringLiteral("https://corp.example/verifydesk/")
                              << QStringLiteral("wss://corp.example/verifydesk/api/v1/events");
}

void TestEventStream::eventsUrl() {
    QFETCH(QString, server);
    QFETCH(QString, events);
    QCOMPARE(EventStream::eventsUrl(QUrl(server)).toString(), events);
}

void TestEventStream::tokenInHeaderNotUrl() {
    auto *socket = new FakeEventSocket;
    EventStream stream(socket);
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:8470")), "tok-123");
    QCOMPARE(socket->openCount(), 1);
    const QNetworkRequest r = socket->requests().first();
    QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok-123"));
    QVERIFY(!r.url().toString().contains(QLatin1String("tok-123")));
}

void TestEventStream::decodes() {
    const auto v =
        Fixtures::verification(QStringLiteral("v1"), vd::wire::VerificationState::Approved,
                               QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
    QString error;
    const auto decoded = EventStream::decode(Fixtures::event(v), &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(decoded->id, QStringLiteral("v1"));
    QCOMPARE(decoded->state, vd::wire::VerificationState::Approved);
    QCOMPARE(decoded->expiresAt, v.expiresAt);
}

void TestEventStream::decodeRejects_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("isError");
    QTest::newRow("not json") << QStringLiteral("hello") << true;
    QTest::newRow("array") << QStringLiteral("[1]") << true;
    QTest::newRow("no type") << QStringLiteral(R"({"verification":{}})") << true;
    QTest::newRow("other type is not an error") << QStringLiteral(R"({"type":"ping"})") << false;
    QTest::newRow("verification missing")
        << QStringLiteral(R"({"type":"verification.updated"})") << true;
    QTest::newRow("verification incomplete")
        << QStringLiteral(
               R"({"type":"verification.updated","verification":{"id":"v1","state":"approved"}})")
        << true;
}

void TestEventStream::decodeRejects() {
    QFETCH(QString, message);
    QFETCH(bool, isError);
    QString error;
    QVERIFY(!EventStream::decode(message, &error).has_value());
    QCOMPARE(!error.isEmpty(), isError);
}

void TestEventStream::emitsDecodedVerifications() {
    auto *socket = new FakeEventSocket;
    EventStream stream(socket);
    QSignalSpy updated(&stream, &EventStream::verificationUpdated);
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:8470")), "tok");
    socket->acceptConnection();
    socket->deliver(QStringLiteral("garbage"));
    socket->deliver(QStringLiteral(R"({"type":"verification.updated","verification":{"id":"x"}})"));
    QCOMPARE(updated.size(), 0);
    const auto v = Fixtures::verification(QStringLiteral("v7"), vd::wire::VerificationState::Denied,
                                          QDateTime::currentDateTimeUtc());
    socket->deliver(Fixtures::event(v));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().first().value<Verification>().id, QStringLiteral("v7"));
}

void TestEventStream::connectionSignals() {
    auto *socket = new FakeEventSocket;
    EventStream stream(socket);
    stream.setBackoff(Backoff(10ms, 100ms, 0.0));
    QSignalSpy up(&stream, &EventStream::connected);
    QSignalSpy down(&stream, &EventStream::disconnected);
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:8470")), "tok");
    QVERIFY(!stream.isConnected());
    socket->acceptConnection();
    QVERIFY(stream.isConnected());
    QCOMPARE(up.size(), 1);
    socket->drop();
    QVERIFY(!stream.isConnected());
    QCOMPARE(down.size(), 1); // once, though both error and disconnected arrived
}

void TestEventStream::reconnectsWithBackoff() {
    auto *socket = new FakeEventSocket;
    EventStream stream(socket);
    stream.setBackoff(Backoff(20ms, 80ms, 0.0));
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:8470")), "tok");
    QCOMPARE(socket->openCount(), 1);

    // Each failed attempt waits longer: 20, 40, 80, 80 ms.
    const qint64 expected[] = {20, 40, 80, 80};
    for (int i = 0; i < 4; ++i) {
        socket->failConnection();
        QCOMPARE(stream.pendingReconnectMs(), expected[i]);
        QTRY_COMPARE_WITH_TIMEOUT(socket->openCount(), i + 2, kWait);
    }
    // A success resets the schedule.
    socket->acceptConnection();
    QVERIFY(stream.isConnected());
    socket->drop();
    QCOMPARE(stream.pendingReconnectMs(), 20);
    QTRY_COMPARE_WITH_TIMEOUT(socket->openCount(), 6, kWait);
    QCOMPARE(socket->requests().last().rawHeader("Authorization"), QByteArray("Bearer tok"));
}

void TestEventStream::stopEndsReconnecting() {
    auto *socket = new FakeEventSocket;
    EventStream stream(socket);
    stream.setBackoff(Backoff(20ms, 80ms, 0.0));
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:8470")), "tok");
    socket->acceptConnection();
    QSignalSpy down(&stream, &EventStream::disconnected);
    stream.stop();
    QCOMPARE(down.size(), 1);
    QVERIFY(!stream.isConnected());
    QVERIFY(!stream.isStarted());
    QTest::qWait(100);
    QCOMPARE(socket->openCount(), 1);
    QCOMPARE(stream.pendingReconnectMs(), -1);
}

void TestEventStream::realWebSocket() {
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> peers;
    connect(&server, &QWebSocketServer::newConnection, this,
            [&] { peers.append(server.nextPendingConnection()); });

    EventStream stream; // the production WebSocketEventSocket
    stream.setBackoff(Backoff(50ms, 200ms, 0.0));
    QSignalSpy updated(&stream, &EventStream::verificationUpdated);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    stream.start(url, "real-token");
    QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), kWait);
    QCOMPARE(peers.size(), 1);
    QCOMPARE(peers.first()->requestUrl().path(), QStringLiteral("/api/v1/events"));
    QCOMPARE(peers.first()->request().rawHeader("Authorization"), QByteArray("Bearer real-token"));

    const auto v =
        Fixtures::verification(QStringLiteral("v3"), vd::wire::VerificationState::Approved,
                               QDateTime::currentDateTimeUtc());
    peers.first()->sendTextMessage(Fixtures::event(v));
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, kWait);

    // The server drops the connection: the stream comes back by itself.
    peers.first()->close();
    QTRY_VERIFY_WITH_TIMEOUT(!stream.isConnected(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), kWait);
    QCOMPARE(peers.size(), 2);
    stream.stop();
    qDeleteAll(peers);
}

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
