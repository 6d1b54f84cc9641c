// SPDX-License-Identifier: MIT
// Bytes no client should send, over raw TCP to the real server: garbage, truncated and
// malformed requests, header floods, connections left hanging. None may crash or wedge the
// server: after each, /healthz still answers 200 on a fresh connection within a few seconds.
#include "serverharness.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <memory>

using vd::test::ServerHarness;
using vd::test::TestHttp;

namespace {

constexpr int HealthyWithinMs = 5000;
// How long to wait for an answer: a required one arrives as soon as it is written; where none
// may come (the server rightly waits for the rest of a truncated request) waiting is wasted.
constexpr int RequiredAnswerWaitMs = 10000;
constexpr int OptionalAnswerWaitMs = 1000;

QByteArray randomBytes(int size, quint32 seed) {
    QRandomGenerator rng(seed); // fixed seed: a failure is reproducible
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = static_cast<char>(rng.bounded(256));
    return bytes;
}

QByteArray manyHeaders(int count) {
    QByteArray r = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < count; ++i)
        r += "X-Filler-" + QByteArray::number(i) + ": value\r\n";
    return r + "\r\n";
}

const QByteArray Get = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n";
const QByteArray Post = "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\n";

} // namespace

class TestServerRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void garbage_data();
    void garbage();
    void pipelined();
    void hangingConnections();
    void abortedUploads();
    void cleanupTestCase();

private:
    std::unique_ptr<QTcpSocket> connectRaw();

    ServerHarness m_h;
};

void TestServerRobustness::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    QVERIFY(m_h.isHealthy());
}

std::unique_ptr<QTcpSocket> TestServerRobustness::connectRaw() {
    auto socket = std::make_unique<QTcpSocket>();
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->connectToHost(m_h.baseUrl().host(), static_cast<quint16>(m_h.baseUrl().port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

void TestServerRobustness::garbage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // the required answer; 0: any non-5xx answer, or none

    QTest::newRow("random binary 4 KiB") << randomBytes(4096, 1) << 0;
    QTest::newRow("random binary 256 KiB") << randomBytes(256 * 1024, 2) << 0;
    QTest::newRow("NUL bytes") << QByteArray(1024, '\0') << 400;
    QTest::newRow("TLS client hello")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
    QTest::newRow("only CRLFs") << QByteArray(2000, '\n').replace("\n", "\r\n") << 0;
    QTest::newRow("truncated request line") << QByteArray("GET /heal") << 0;
    QTest::newRow("truncated head") << QByteArray(Get + "Accept: */*\r\n") << 0;
    QTest::newRow("truncated body") << QByteArray(Post + "Content-Length: 100\r\n\r\n{\"user") << 0;
    QTest::newRow("request line without version") << QByteArray("GET /healthz\r\n\r\n") << 400;
    QTest::newRow("HTTP/0.9 style") << QByteArray("GET /healthz\n") << 400;
    QTest::newRow("unknown HTTP version") << QByteArray("GET /healthz HTTP/9.9\r\n\r\n") << 400;
    QTest::newRow("not HTTP at all") << QByteArray("HELLO SERVER\r\n\r\n") << 400;
    QTest::newRow("unknown method") << QByteArray("BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("empty method") << QByteArray(" /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("CONNECT") << QByteArray("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://elsewhere.example/healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("5000 header lines") << manyHeaders(5000) << 431;
    QTest::newRow("one 100 KiB header")
        << QByteArray(Get + "X-Big: " + QByteArray(100 * 1024, 'b') + "\r\n\r\n") << 431;
    QTest::newRow("20 KiB URL") << QByteArray("GET /api/v1/users?q=" + QByteArray(20 * 1024, 'q') +
                                              " HTTP/1.1\r\nHost: x\r\n\r\n")
                                << 431;
    QTest::newRow("header without colon") << QByteArray(Get + "NoColonHere\r\n\r\n") << 400;
    QTest::newRow("space in header name") << QByteArray(Get + "Bad Name: x\r\n\r\n") << 400;
    QTest::newRow("two different Content-Length")
        << QByteArray(Post + "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}") << 400;
    QTest::newRow("negative Content-Length")
        << QByteArray(Post + "Content-Length: -5\r\n\r\n{}") << 400;
    QTest::newRow("Content-Length not a number")
        << QByteArray(Post + "Content-Length: lots\r\n\r\n{}") << 400;
    QTest::newRow("Content-Length and chunked")
        << QByteArray(Post +
                      "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("bad chunk size")
        << QByteArray(Post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n") << 400;
    QTest::newRow("unknown transfer coding")
        << QByteArray(Post + "Transfer-Encoding: gzip\r\n\r\n{}") << 400;
    QTest::newRow("obsolete line folding") << QByteArray(Get + "X-A: one\r\n two\r\n\r\n") << 400;
    QTest::newRow("bare CR") << QByteArray("GET /healthz HTTP/1.1\rHost: x\r\n\r\n") << 400;
    QTest::newRow("bare LF line ends") << QByteArray("GET /healthz HTTP/1.1\nHost: x\n\n") << 0;
    QTest::newRow("invalid percent-encoding")
        << QByteArray("GET /api/v1/users/%zz% HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("encoded NUL in path")
        << QByteArray("GET /api/v1/users/jd%00oe HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("raw UTF-8 and control in path")
        << QByteArray("GET /api/v1/users/\xc3\xa9\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("WebSocket upgrade, garbage key, no auth")
        << QByteArray("GET /api/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: !!\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n")
        << 401;
    QTest::newRow("WebSocket upgrade to a REST path")
        << QByteArray("GET /api/v1/policy HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n")
        << 0;
    QTest::newRow("Expect 100-continue with a huge body")
        << QByteArray(Post + "Expect: 100-continue\r\nContent-Length: 999999999\r\n\r\n") << 413;
}

void TestServerRobustness::garbage() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const QByteArray answer =
        m_h.http().sendRaw(bytes, status != 0 ? RequiredAnswerWaitMs : OptionalAnswerWaitMs);
    const int got = TestHttp::statusOfRaw(answer);
    if (status != 0)
        QVERIFY2(got == status, answer.left(400).constData());
    else
        QVERIFY2(got < 500, answer.left(400).constData());
    QVERIFY2(m_h.process().isRunning(), m_h.process().readAllStderr().right(2000).constData());
    QVERIFY2(m_h.isHealthy(HealthyWithinMs), "/healthz did not answer after the garbage");
}

void TestServerRobustness::pipelined() {
    // 100 requests in one write: every one is answered, in order, on the one connection.
    QByteArray burst;
    for (int i = 0; i < 100; ++i)
        burst += Get + "\r\n";
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(burst);
    QByteArray received;
    QElapsedTimer elapsed;
    elapsed.start();
    while (received.count("HTTP/1.1 200") < 100 && elapsed.elapsed() < 15000) {
        if (!socket->waitForReadyRead(500) && socket->state() != QAbstractSocket::ConnectedState)
            break;
        received += socket->readAll();
    }
    QCOMPARE(received.count("HTTP/1.1 200"), qsizetype(100));
    QVERIFY(m_h.isHealthy(HealthyWithinMs));
}

void TestServerRobustness::hangingConnections() {
    // Many clients that start a request and never finish it, one that trickles bytes, and
    // one that connects and says nothing: none of them holds up anybody else.
    std::vector<std::unique_ptr<QTcpSocket>> hanging;
    for (int i = 0; i < 40; ++i) {
        auto s = connectRaw();
        QVERIFY(s);
        s->write(i % 2 ? QByteArray("GET /healthz HTTP/1.1\r\nHost: ")
                       : QByteArray(Post + "Content-Length: 1000\r\n\r\n{"));
        s->flush();
        hanging.push_back(std::move(s));
    }
    auto silent = connectRaw();
    QVERIFY(silent);
    auto trickle = connectRaw();
    QVERIFY(trickle);
    const QByteArray slow = Get + "X-Slow: ";
    for (qsizetype i = 0; i < slow.size(); ++i) {
        trickle->write(slow.mid(i, 1));
        trickle->flush();
        QTest::qWait(20);
        if (i % 10 == 0)
            QVERIFY2(m_h.isHealthy(HealthyWithinMs), "blocked by a slow client");
    }
    QVERIFY(m_h.isHealthy(HealthyWithinMs));
    // Authenticated work goes on too.
    VD_VERIFY_STATUS(m_h.http().get(QStringLiteral("/api/v1/users?q=doe"), {},
                                    m_h.bearer(QStringLiteral("helpdesk"))),
                     200);
    hanging.clear();
    QVERIFY(m_h.isHealthy(HealthyWithinMs));
}

void TestServerRobustness::abortedUploads() {
    // Clients that vanish (RST) in the middle of a head or a body.
    for (int i = 0; i < 30; ++i) {
        auto s = connectRaw();
        QVERIFY(s);
        s->write(i % 3 == 0
                     ? QByteArray(Post + "Content-Length: 50000\r\n\r\n") + QByteArray(20000, 'x')
                 : i % 3 == 1 ? QByteArray("PUT /api/v1/policy HTTP/1.1\r\nHost")
                              : randomBytes(3000, quint32(100 + i)));
        s->flush();
        s->abort();
    }
    QVERIFY(m_h.isHealthy(HealthyWithinMs));
}

void TestServerRobustness::cleanupTestCase() {
    // After all that, it still shuts down cleanly.
    QCOMPARE(m_h.process().stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_server_robustness.moc"
