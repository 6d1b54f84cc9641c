// SPDX-License-Identifier: MIT
// NetworkTransport against local sockets: headers on the wire, statuses, unreachable,
// transfer timeout, abort, redirects not followed, TLS errors and the custom CA bundle.
#include "networktransport.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace std::chrono_literals;
using vd::app::HttpRequest;
using vd::app::HttpResponse;
using vd::app::NetworkTransport;
using NE = HttpResponse::NetworkError;

namespace {
constexpr int kWait = 10000;

QString dataFile(const char *name) {
    return QStringLiteral("%1/tests/unit/app/data/%2")
        .arg(qEnvironmentVariable("VD_SOURCE_DIR"), QString::fromLatin1(name));
}

// A one-answer HTTP server: records the raw request, then sends `reply` (or nothing).
class HttpStub : public QObject {
public:
    explicit HttpStub(bool tls) {
        if (tls) {
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            QFile cert(dataFile("test-only-localhost-cert.pem"));
            QFile key(dataFile("test-only-localhost-key.pem"));
            if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
                config.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
                config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
            }
            ssl->setSslConfiguration(config);
            server = ssl;
        } else {
            server = new QTcpServer(this);
        }
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = server->nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                if (s->bytesAvailable())
                    onRead(s);
            }
        });
        server->listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const char *scheme = "http") const {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/api/v1/policy")
                        .arg(QString::fromLatin1(scheme))
                        .arg(server->serverPort()));
    }

    QTcpServer *server;
    QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Test: yes\r\n"
                       "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
    bool silent = false;
    QByteArray request;
    int connections = 0;

private:
    void onRead(QTcpSocket *s) {
        request += s->readAll();
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = request.toLower().indexOf("content-length:");
        const int length =
            lengthAt < 0
                ? 0
                : request.mid(lengthAt + 15, request.indexOf('\r', lengthAt) - lengthAt - 15)
                      .trimmed()
                      .toInt();
        if (request.size() < end + 4 + length || silent)
            return;
        s->write(reply);
        s->disconnectFromHost();
    }
};

std::optional<HttpResponse> exchange(NetworkTransport &t, const HttpRequest &r) {
    std::optional<HttpResponse> result;
    t.send(r, [&result](const HttpResponse &response) { result = response; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWait); // nullopt = no answer
    return result;
}
} // namespace

class TestNetworkTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headersOnTheWire();
    void errorStatusIsAnAnswer();
    void unreachable();
    void transferTimeout();
    void abortSkipsCallback();
    void redirectNotFollowed();
    void selfSignedIsTlsError();
    void caBundleTrustsServer();
    void caBundleErrors();
    void drainWaitsForTheAnswer();
    void drainGivesUpAtItsLimit();
};

void TestNetworkTransport::headersOnTheWire() {
    HttpStub stub(false);
    NetworkTransport t;
    HttpRequest r{"POST", stub.url(), R"({"a":1})", "tok-abc"};
    const auto response = exchange(t, r);
    QVERIFY(response);
    QCOMPARE(response->error, NE::None);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("{}"));
    QCOMPARE(response->header("x-test"), QByteArray("yes"));
    QVERIFY2(stub.request.startsWith("POST /api/v1/policy HTTP/1.1"), stub.request.constData());
    QVERIFY(stub.request.contains("Authorization: Bearer tok-abc\r\n"));
    QVERIFY(stub.request.contains("Content-Type: application/json"));
    QVERIFY(stub.request.endsWith(R"({"a":1})"));
}

void TestNetworkTransport::errorStatusIsAnAnswer() {
    HttpStub stub(false);
    stub.reply = "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nContent-Length: 57\r\n"
                 "Connection: close\r\n\r\n"
                 R"({"error":{"code":"verification_pending","message":"busy"}})";
    NetworkTransport t;
    const auto response = exchange(t, {"GET", stub.url(), {}, {}});
    QVERIFY(response);
    QCOMPARE(response->error, NE::None);
    QCOMPARE(response->status, 409);
    QVERIFY(response->body.contains("verification_pending"));
}

void TestNetworkTransport::unreachable() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    NetworkTransport t;
    const auto response =
        exchange(t, {"GET", QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), {}, {}});
    QVERIFY(response);
    QCOMPARE(response->error, NE::Unreachable);
    QCOMPARE(response->status, 0);
}

void TestNetworkTransport::transferTimeout() {
    HttpStub stub(false);
    stub.silent = true;
    NetworkTransport t;
    t.setTimeout(300ms);
    QCOMPARE(NetworkTransport().timeout(), 15000ms); // the production default
    const auto response = exchange(t, {"GET", stub.url(), {}, {}});
    QVERIFY(response);
    QCOMPARE(response->error, NE::Timeout);
}

void TestNetworkTransport::abortSkipsCallback() {
    HttpStub stub(false);
    stub.silent = true;
    NetworkTransport t;
    bool called = false;
    const auto id = t.send({"GET", stub.url(), {}, {}}, [&called](const auto &) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(stub.connections, 1, kWait);
    t.abort(id);
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestNetworkTransport::redirectNotFollowed() {
    HttpStub stub(false);
    stub.reply = "HTTP/1.1 302 Found\r\nLocation: http://example.invalid/steal\r\n"
                 "Content-Length: 0\r\nConnection: close\r\n\r\n";
    NetworkTransport t;
    const auto response = exchange(t, {"GET", stub.url(), {}, "tok"});
    QVERIFY(response);
    QCOMPARE(response->status, 302);
    QCOMPARE(stub.connections, 1);
}

void TestNetworkTransport::selfSignedIsTlsError() {
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    HttpStub stub(true);
    NetworkTransport t;
    const auto response = exchange(t, {"GET", stub.url("https"), {}, "tok"});
    QVERIFY(response);
    QCOMPARE(response->error, NE::Tls);
    QVERIFY2(!response->errorString.isEmpty(), "the TLS reason is kept for the message");
    QVERIFY(!stub.request.contains("tok")); // nothing sent over an untrusted channel
}

void TestNetworkTransport::caBundleTrustsServer() {
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    HttpStub stub(true);
    NetworkTransport t;
    QString error;
    QVERIFY2(t.setCaBundle(dataFile("test-only-localhost-cert.pem"), &error), qPrintable(error));
    const auto response = exchange(t, {"GET", stub.url("https"), {}, "tok"});
    QVERIFY(response);
    QVERIFY2(response->error == NE::None, qPrintable(response->errorString));
    QCOMPARE(response->status, 200);
}

void TestNetworkTransport::caBundleErrors() {
    NetworkTransport t;
    QString error;
    QVERIFY(!t.setCaBundle(QStringLiteral("/nonexistent/ca.pem"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/ca.pem")));
    QVERIFY(!t.setCaBundle(dataFile("test-only-localhost-key.pem"), &error));
    QVERIFY(error.contains(QLatin1String("no PEM certificate")));
    QVERIFY(t.setCaBundle(QString(), &error)); // back to system roots
}

void TestNetworkTransport::drainWaitsForTheAnswer() {
    HttpStub stub(false);
    stub.silent = true;
    NetworkTransport t;
    bool answered = false;
    t.send({"DELETE", stub.url(), {}, {}}, [&](const HttpResponse &) { answered = true; });
    QCOMPARE(t.inFlight(), 1);
    // The stub answers 200 ms later; drain() must run the loop until then, not return at once.
    QTimer::singleShot(200, &stub, [&stub] {
        stub.silent = false;
        for (QTcpSocket *s : stub.server->findChildren<QTcpSocket *>()) {
            s->write(stub.reply);
            s->disconnectFromHost();
        }
    });
    QVERIFY(t.drain(std::chrono::milliseconds(kWait)));
    QVERIFY(answered);
    QCOMPARE(t.inFlight(), 0);
    QVERIFY(t.drain(1ms)); // nothing in flight: returns at once
}

void TestNetworkTransport::drainGivesUpAtItsLimit() {
    HttpStub stub(false);
    stub.silent = true;
    NetworkTransport t;
    bool answered = false;
    t.send({"DELETE", stub.url(), {}, {}}, [&](const HttpResponse &) { answered = true; });
    QVERIFY(!t.drain(300ms));
    QVERIFY(!answered);
    QCOMPARE(t.inFlight(), 1);
}

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
