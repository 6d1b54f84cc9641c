// SPDX-License-Identifier: MIT
// RequestFramer: request boundaries, refusals, and independence from how bytes are split.
#include "requestframer.h"

#include <QRandomGenerator>
#include <QTest>

using vd::server::RequestFramer;
using Error = RequestFramer::Error;
using Result = RequestFramer::Result;

Q_DECLARE_METATYPE(RequestFramer::Error)
Q_DECLARE_METATYPE(RequestFramer::Result)

namespace {

RequestFramer::Limits smallLimits() {
    return {1024, 4096};
}

struct Outcome {
    Result result;
    Error error;
    qint64 position;
    quint64 completed;
    bool operator==(const Outcome &o) const {
        return result == o.result && error == o.error && position == o.position &&
               completed == o.completed;
    }
};

// Feeds in pieces of `step` bytes (0: all at once), taking body bytes blind when possible.
Outcome run(const QByteArray &bytes, qsizetype step = 0, bool blind = false) {
    RequestFramer f(smallLimits());
    qsizetype at = 0;
    while (at < bytes.size() && f.result() == Result::NeedMore) {
        if (blind && f.blindBytes() > 0) {
            const qint64 n = qMin<qint64>(f.blindBytes(), bytes.size() - at);
            f.skipBlind(n);
            at += qsizetype(n);
            continue;
        }
        const qsizetype n = step > 0 ? qMin(step, bytes.size() - at) : bytes.size() - at;
        const qsizetype taken = f.feed(bytes.constData() + at, n);
        if (taken == 0)
            break;
        at += taken;
    }
    return {f.result(), f.error(), f.position(), f.requestsCompleted()};
}

} // namespace

class TestRequestFramer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void splitDoesNotMatter_data();
    void splitDoesNotMatter();
    void stopsAtWebSocketUpgrade();
    void tracksRequestStart();
    void randomBytesNeverCrash();
};

void TestRequestFramer::accepts_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("requests");
    QTest::addColumn<bool>("midRequest");
    QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << quint64(1) << false;
    QTest::newRow("HTTP/1.0, LF only")
        << QByteArray("GET / HTTP/1.0\nA: b\n\n") << quint64(1) << false;
    QTest::newRow("no header fields")
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << quint64(1) << false;
    QTest::newRow("body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
                          << quint64(1) << false;
    QTest::newRow("Content-Length with spaces and zeros")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length:  003 \r\n\r\nabc") << quint64(1) << false;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                           "3\r\nabc\r\nA;x=1\r\n0123456789\r\n0\r\n\r\n")
                             << quint64(1) << false;
    QTest::newRow("leading blank lines")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << quint64(1) << false;
    QTest::newRow("pipelined") << QByteArray("GET / HTTP/1.1\r\n\r\nPOST / HTTP/1.1\r\n"
                                             "Content-Length: 1\r\n\r\nxGET / HTTP/1.1\r\n\r\n")
                               << quint64(3) << false;
    QTest::newRow("partial head") << QByteArray("GET / HTTP/1.1\r\nHost: a") << quint64(0) << true;
    QTest::newRow("partial body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nab")
                                  << quint64(0) << true;
    QTest::newRow("Connection upgrade without websocket is a normal request")
        << QByteArray("GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n") << quint64(1)
        << false;
    QTest::newRow("obs-text in a value")
        << QByteArray("GET / HTTP/1.1\r\nX: caf\xc3\xa9\r\n\r\n") << quint64(1) << false;
    QByteArray hundred = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < RequestFramer::MaxHeaderFields; ++i)
        hundred += "X" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("100 header fields") << QByteArray(hundred + "\r\n") << quint64(1) << false;
}

void TestRequestFramer::accepts() {
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, requests);
    QFETCH(bool, midRequest);
    RequestFramer f(smallLimits());
    QCOMPARE(f.feed(bytes.constData(), bytes.size()), bytes.size());
    QCOMPARE(f.result(), Result::NeedMore);
    QCOMPARE(f.requestsCompleted(), requests);
    QCOMPARE(f.inRequest(), midRequest);
    QCOMPARE(f.position(), qint64(bytes.size()));
}

void TestRequestFramer::refuses_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    const QByteArray post = "POST / HTTP/1.1\r\n";
    QTest::newRow("head over limit")
        << QByteArray(post + "X: " + QByteArray(1100, 'a')) << Error::HeadersTooLarge;
    QTest::newRow("endless blank lines") << QByteArray(2000, '\n') << Error::Malformed;
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i <= RequestFramer::MaxHeaderFields; ++i)
        many += "X: v\r\n";
    QTest::newRow("101 fields") << many << Error::TooManyHeaderFields;
    QTest::newRow("Content-Length over limit")
        << QByteArray(post + "Content-Length: 4097\r\n\r\n") << Error::PayloadTooLarge;
    QTest::newRow("Content-Length huge")
        << QByteArray(post + "Content-Length: 99999999999999999999999\r\n\r\n")
        << Error::PayloadTooLarge;
    QTest::newRow("chunks over limit")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n800\r\n" + QByteArray(0x800, 'a') +
                      "\r\n801\r\n")
        << Error::PayloadTooLarge;
    QTest::newRow("chunk framing over limit")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n" +
                      QByteArray("1\r\na\r\n").repeated(400))
        << Error::PayloadTooLarge;
    QTest::newRow("duplicate Content-Length")
        << QByteArray(post + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n") << Error::Malformed;
    QTest::newRow("CL + TE") << QByteArray(post + "Transfer-Encoding: chunked\r\n"
                                                  "Content-Length: 1\r\n\r\n")
                             << Error::Malformed;
    QTest::newRow("duplicate TE") << QByteArray(post + "Transfer-Encoding: chunked\r\n"
                                                       "Transfer-Encoding: chunked\r\n\r\n")
                                  << Error::Malformed;
    QTest::newRow("empty Content-Length")
        << QByteArray(post + "Content-Length:\r\n\r\n") << Error::Malformed;
    QTest::newRow("negative Content-Length")
        << QByteArray(post + "Content-Length: -1\r\n\r\n") << Error::Malformed;
    QTest::newRow("split Content-Length")
        << QByteArray(post + "Content-Length: 1 2\r\n\r\n") << Error::Malformed;
    QTest::newRow("conflicting Connection")
        << QByteArray("GET / HTTP/1.1\r\nConnection: keep-alive\r\nConnection: upgrade\r\n"
                      "Upgrade: websocket\r\n\r\n")
        << Error::Malformed;
    QTest::newRow("duplicate Upgrade")
        << QByteArray("GET / HTTP/1.1\r\nUpgrade: a\r\nUpgrade: websocket\r\n\r\n")
        << Error::Malformed;
    QTest::newRow("request line without a method")
        << QByteArray(" / HTTP/1.1\r\n\r\n") << Error::Malformed;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << Error::Malformed;
    QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << Error::Malformed;
    QTest::newRow("trailing text") << QByteArray("GET / HTTP/1.1 x\r\n\r\n") << Error::Malformed;
    QTest::newRow("control char in target")
        << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << Error::Malformed;
    QTest::newRow("DEL in value") << QByteArray("GET / HTTP/1.1\r\nX: \x7f\r\n\r\n")
                                  << Error::Malformed;
    QTest::newRow("bare LF after chunk size")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n1\na\r\n0\r\n\r\n")
        << Error::Malformed;
    QTest::newRow("chunk size not hex")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n") << Error::Malformed;
}

void TestRequestFramer::refuses() {
    QFETCH(QByteArray, bytes);
    QFETCH(Error, error);
    const Outcome whole = run(bytes);
    QCOMPARE(whole.result, Result::Error);
    QCOMPARE(whole.error, error);
    QCOMPARE(whole.completed, quint64(0));
    // The same verdict however the bytes arrive.
    QCOMPARE(run(bytes, 1), whole);
    QCOMPARE(run(bytes, 7, true), whole);
}

void TestRequestFramer::splitDoesNotMatter_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("mixed pipeline")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                      "POST /b HTTP/1.1\r\ncontent-length: 12\r\n\r\nhello world!"
                      "\r\nPOST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "4\r\nwiki\r\n5;ext\r\npedia\r\n0\r\n\r\n"
                      "GET /d HTTP/1.0\n\n");
}

void TestRequestFramer::splitDoesNotMatter() {
    QFETCH(QByteArray, bytes);
    const Outcome whole = run(bytes);
    QCOMPARE(whole.result, Result::NeedMore);
    QCOMPARE(whole.completed, quint64(4));
    QCOMPARE(whole.position, qint64(bytes.size()));
    for (qsizetype step = 1; step <= 64; ++step) {
        QCOMPARE(run(bytes, step), whole);
        QCOMPARE(run(bytes, step, true), whole);
    }
}

void TestRequestFramer::stopsAtWebSocketUpgrade() {
    const QByteArray head = "GET /ws HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\n"
                            "Upgrade: WebSocket\r\n\r\n";
    const QByteArray bytes = head + "\x81\x05hello";
    RequestFramer f(smallLimits());
    QCOMPARE(f.feed(bytes.constData(), bytes.size()), head.size());
    QCOMPARE(f.result(), Result::Upgrade);
    QCOMPARE(f.feed(bytes.constData(), bytes.size()), 0);
}

void TestRequestFramer::tracksRequestStart() {
    const QByteArray first = "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nok";
    const QByteArray second = "\r\nGET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n";
    const QByteArray bytes = first + second;
    RequestFramer f(smallLimits());
    f.feed(bytes.constData(), bytes.size());
    QCOMPARE(f.result(), Result::Error);
    QCOMPARE(f.requestsCompleted(), quint64(1));
    QCOMPARE(f.requestsStarted(), quint64(2));
    QCOMPARE(f.requestStart(), qint64(first.size())); // blank line belongs to the second
}

void TestRequestFramer::randomBytesNeverCrash() {
    QRandomGenerator random(7);
    const QByteArray seeds[] = {"GET / HTTP/1.1\r\n", "POST / HTTP/1.1\r\nContent-Length: 5\r\n",
                                "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", ""};
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes = seeds[i % 4];
        const int n = 1 + random.bounded(300);
        for (int k = 0; k < n; ++k) {
            // Mostly bytes that matter to HTTP, so the fuzz goes deep into the states.
            static constexpr char alphabet[] = "\r\n :;0123456789abcdefGET/HTTP1.\t\x7f\x80";
            bytes += random.bounded(4) ? alphabet[random.bounded(int(sizeof(alphabet) - 1))]
                                       : char(random.bounded(256));
        }
        const Outcome whole = run(bytes);
        QVERIFY(whole.position <= bytes.size());
        QCOMPARE(run(bytes, 1 + random.bounded(8), true), whole);
    }
}

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
