// SPDX-License-Identifier: MIT
// Timestamps are taken first thing in the message handlers, with the steady clock of this one
// process, so no clock skew enters; the cycle is strictly sequential (one pending at a time).
#include "latencybench.h"

#include "wire.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTextStream>
#include <cstdio>

namespace vd::bench {

namespace {
constexpr int kStepTimeoutMs = 10000;
const QString kUser = QStringLiteral("jdoe");
const QString kSerial = QStringLiteral("MP-1001");

QJsonObject parse(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

LatencyBench::LatencyBench(const QUrl &server, int count, int warmup, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_count(count)
    , m_warmup(warmup)
    , m_client(server) {
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    connect(&m_events, &QWebSocket::textMessageReceived, this, &LatencyBench::onEvent);
    connect(&m_device, &QWebSocket::textMessageReceived, this, &LatencyBench::onDeviceMessage);
    connect(&m_events, &QWebSocket::connected, &m_loop, &QEventLoop::quit);
    connect(&m_device, &QWebSocket::connected, &m_loop, &QEventLoop::quit);
}

bool LatencyBench::waitFor(const std::function<bool()> &done, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        m_tick.start(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 200)));
        m_loop.exec();
    }
    return true;
}

bool LatencyBench::openSocket(QWebSocket &socket, const QString &path, const QByteArray &bearer) {
    QUrl url = m_server;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer " + bearer));
    socket.open(request);
    return waitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                   kStepTimeoutMs);
}

void LatencyBench::onEvent(const QString &text) {
    const TimePoint now = std::chrono::steady_clock::now();
    const QJsonObject o = parse(text);
    if (o.value(QStringLiteral("type")).toString() != QLatin1String(wire::EventVerificationUpdated))
        return;
    const QJsonObject v = o.value(QStringLiteral("verification")).toObject();
    const QString state = v.value(QStringLiteral("state")).toString();
    if (v.value(QStringLiteral("id")).toString() != m_awaitId || state == QLatin1String("pending"))
        return;
    if (!m_eventAt) {
        m_eventAt = now;
        m_eventState = state;
    }
    m_loop.quit();
}

void LatencyBench::onDeviceMessage(const QString &text) {
    const TimePoint now = std::chrono::steady_clock::now();
    const QJsonObject o = parse(text);
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String(wire::MessagePushRequest)) {
        m_requests.append(o);
        if (!m_requestAt)
            m_requestAt = now;
    } else if (type == QLatin1String("push.result")) {
        m_resultAt = now;
    }
    m_loop.quit();
}

bool LatencyBench::once(int index, bool counted) {
    QTextStream err(stderr);
    m_requests.clear();
    m_requestAt.reset();
    m_eventAt.reset();
    m_resultAt.reset();
    m_awaitId.clear();
    const TimePoint created = std::chrono::steady_clock::now();
    const QJsonObject v = m_client.createVerification(kUser, kSerial);
    const QString id = v.value(QStringLiteral("id")).toString();
    const QString number = v.value(QStringLiteral("verificationNumber")).toString();
    if (id.isEmpty() || v.value(QStringLiteral("state")).toString() != QLatin1String("pending")) {
        err << "latency: #" << index << ": " << m_client.error() << Qt::endl;
        return false;
    }
    if (!waitFor([this] { return !m_requests.isEmpty(); }, kStepTimeoutMs)) {
        err << "latency: #" << index << ": no push.request on the device channel" << Qt::endl;
        return false;
    }
    const QJsonObject request = m_requests.takeLast();
    // Rotate approve (right number) / deny / wrong number, so every transition is timed.
    QJsonObject answer{{QStringLiteral("type"), QString::fromLatin1(wire::MessagePushResponse)},
                       {QStringLiteral("requestId"), request.value(QStringLiteral("requestId"))}};
    QString expected;
    switch (index % 3) {
    case 0:
        answer.insert(QStringLiteral("action"), QStringLiteral("approve"));
        answer.insert(QStringLiteral("choice"), number.toInt());
        expected = QStringLiteral("approved");
        break;
    case 1:
        answer.insert(QStringLiteral("action"), QStringLiteral("deny"));
        expected = QStringLiteral("denied");
        break;
    default: {
        int wrong = 0;
        for (const auto c : request.value(QStringLiteral("choices")).toArray()) {
            if (c.toInt() != number.toInt())
                wrong = c.toInt();
        }
        answer.insert(QStringLiteral("action"), QStringLiteral("approve"));
        answer.insert(QStringLiteral("choice"), wrong);
        expected = QStringLiteral("wrong_number");
        break;
    }
    }
    const QString message = QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    m_awaitId = id;
    const TimePoint sent = std::chrono::steady_clock::now();
    m_device.sendTextMessage(message);
    m_device.flush();
    if (!waitFor([this] { return m_eventAt.has_value() && m_resultAt.has_value(); },
                 kStepTimeoutMs)) {
        err << "latency: #" << index << ": no verification.updated event for " << expected
            << Qt::endl;
        return false;
    }
    if (m_eventState != expected) {
        err << "latency: #" << index << ": ended " << m_eventState << ", expected " << expected
            << Qt::endl;
        return false;
    }
    if (counted) {
        m_answerToEvent.add(*m_eventAt - sent);
        m_answerToResult.add(*m_resultAt - sent);
        if (m_requestAt)
            m_createToRequest.add(*m_requestAt - created);
    }
    return true;
}

int LatencyBench::run() {
    QTextStream err(stderr);
    if (!m_client.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"))) {
        err << "latency: " << m_client.error() << Qt::endl;
        return 1;
    }
    const QByteArray device = m_client.activateDevice(kSerial);
    if (device.isEmpty()) {
        err << "latency: " << m_client.error() << Qt::endl;
        return 1;
    }
    if (!openSocket(m_events, QStringLiteral("/api/v1/events"), m_client.bearer()) ||
        !openSocket(m_device, QStringLiteral("/device/v1/channel"), device)) {
        err << "latency: the event stream or the device channel did not connect" << Qt::endl;
        return 1;
    }
    for (int i = 0; i < m_warmup; ++i) {
        if (!once(i, false))
            return 1;
    }
    for (int i = 0; i < m_count; ++i) {
        if (!once(i, true))
            return 1;
    }
    m_events.close();
    m_device.close();
    const bool met = m_answerToEvent.percentileUs(99) < 5000.0;
    std::printf("answer -> verification.updated: %s\n", qPrintable(m_answerToEvent.describe()));
    std::printf("answer -> push.result (device): %s\n", qPrintable(m_answerToResult.describe()));
    std::printf("POST   -> push.request (device): %s\n", qPrintable(m_createToRequest.describe()));
    std::printf("SUMMARY latency n=%lld p50_ms=%.3f p99_ms=%.3f max_ms=%.3f target=p99<5ms %s\n",
                static_cast<long long>(m_answerToEvent.count()),
                m_answerToEvent.percentileUs(50) / 1000.0,
                m_answerToEvent.percentileUs(99) / 1000.0, m_answerToEvent.maxUs() / 1000.0,
                met ? "MET" : "MISSED");
    return 0;
}

} // namespace vd::bench
