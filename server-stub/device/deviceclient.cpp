// SPDX-License-Identifier: MIT
// The device side of the wire contract: activation, the WebSocket channel with a polling
// fallback, and answers that are sent at most once per request.
#include "deviceclient.h"

#include "jsonreader.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace vd::device {

namespace {

int statusOf(QNetworkReply *reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject jsonOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

// The server's error message when it sent one, else what the network layer knows.
QString errorMessageOf(QNetworkReply *reply, const QByteArray &body, QString *code = nullptr) {
    if (const auto apiError = protocol::ApiError::fromJson(jsonOf(body))) {
        if (code)
            *code = apiError->code;
        return apiError->message;
    }
    const int status = statusOf(reply);
    if (status != 0)
        return QStringLiteral("HTTP %1").arg(status);
    return reply->errorString();
}

QJsonObject answerBody(const Answer &answer) {
    QJsonObject body{{QStringLiteral("action"), wire::toWire(answer.action)}};
    if (answer.choice)
        body.insert(QStringLiteral("choice"), *answer.choice);
    return body;
}

} // namespace

DeviceClient::DeviceClient(QUrl server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_handshakeTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this)) {
    m_pollTimer->setInterval(2000);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceClient::poll);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &DeviceClient::openSocket);
    m_handshakeTimer->setSingleShot(true);
    m_handshakeTimer->setInterval(HandshakeTimeoutMs);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
    // A peer that vanished without closing the connection only shows up as a missing pong.
    m_pingTimer->setInterval(PingIntervalMs);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_awaitingPong) {
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
}

DeviceClient::~DeviceClient() = default;

void DeviceClient::setPollInterval(int ms) {
    m_pollTimer->setInterval(ms);
}

void DeviceClient::setWebSocketEnabled(bool enabled) {
    m_webSocketEnabled = enabled;
}

QUrl DeviceClient::endpoint(const QString &relativePath) const {
    // Resolve relative to the base so a server mounted under a path prefix still works.
    QUrl base = m_server;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(relativePath));
}

QNetworkReply *DeviceClient::send(const QByteArray &verb, const QString &relativePath,
                                  const QJsonObject &body, bool authorized) {
    QNetworkRequest request(endpoint(relativePath));
    request.setTransferTimeout(HttpTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (authorized)
        request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));
    if (verb == "GET")
        return m_network->get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    return m_network->sendCustomRequest(request, verb,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void DeviceClient::activate(const QString &serial, const QString &activationCode) {
    QNetworkReply *reply = send(
        "POST", QStringLiteral("device/v1/activate"),
        {{QStringLiteral("serial"), serial}, {QStringLiteral("activationCode"), activationCode}},
        false);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (statusOf(reply) == 201) {
            const QString token = jsonOf(body).value(QStringLiteral("deviceToken")).toString();
            if (!token.isEmpty()) {
                Q_EMIT activated(token.toLatin1());
                return;
            }
            Q_EMIT activationFailed(QStringLiteral("the server sent no device token"));
            return;
        }
        Q_EMIT activationFailed(errorMessageOf(reply, body));
    });
}

void DeviceClient::start(const QByteArray &deviceToken) {
    m_token = deviceToken;
    m_running = true;
    if (m_webSocketEnabled) {
        openSocket();
        return;
    }
    setChannel(Channel::Polling);
    m_pollTimer->start();
    poll();
}

void DeviceClient::stop() {
    m_running = false;
    m_pollTimer->stop();
    m_reconnectTimer->stop();
    m_handshakeTimer->stop();
    m_pingTimer->stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    setChannel(Channel::Offline);
}

void DeviceClient::setChannel(Channel channel) {
    if (m_channel == channel)
        return;
    m_channel = channel;
    Q_EMIT channelChanged(channel);
}

void DeviceClient::setReachable(bool reachable, const QString &detail) {
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT serverReachableChanged(reachable, detail);
}

void DeviceClient::openSocket() {
    if (!m_running || m_socket)
        return;
    QUrl url = endpoint(QStringLiteral("device/v1/channel"));
    url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                              : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_awaitingPong = false;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            onSocketConnected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketDisconnected();
    });
    // A refused connection reports only error(), never disconnected(): handle both, once.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    onSocketDisconnected();
            });
    connect(socket, &QWebSocket::textMessageReceived, this, &DeviceClient::onSocketMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    m_handshakeTimer->start();
    socket->open(request);
}

void DeviceClient::onSocketConnected() {
    m_handshakeTimer->stop();
    m_reconnectDelayMs = InitialReconnectMs;
    m_pollTimer->stop();
    m_pingTimer->start();
    setReachable(true, {});
    setChannel(Channel::WebSocket);
    // Requests opened while no socket was up are only listed, never pushed: fetch them once.
    poll();
}

void DeviceClient::onSocketDisconnected() {
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    m_handshakeTimer->stop();
    m_pingTimer->stop();
    if (socket) {
        socket->disconnect(this);
        socket->deleteLater();
    }
    // Answers the server never confirmed may be lost with the socket: the HTTP path tells
    // for sure (410 when the socket answer did arrive).
    const auto pending = m_pendingAcks;
    m_pendingAcks.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        delete it->timer;
        answerOverHttp(it.key(), it->answer);
    }
    if (!m_running)
        return;
    setChannel(Channel::Polling);
    if (!m_pollTimer->isActive()) {
        m_pollTimer->start();
        poll();
    }
    scheduleReconnect();
}

void DeviceClient::scheduleReconnect() {
    m_reconnectTimer->start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, MaxReconnectMs);
}

void DeviceClient::onSocketMessage(const QString &message) {
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String(wire::MessagePushRequest)) {
        deliver(object);
        return;
    }
    // Anything else naming a request we answered on the socket is taken as its confirmation.
    const QString requestId = object.value(QStringLiteral("requestId")).toString();
    const auto it = m_pendingAcks.find(requestId);
    if (it == m_pendingAcks.end())
        return;
    Outcome outcome;
    if (object.value(QStringLiteral("state")).isString()) {
        outcome.kind = Outcome::Kind::State;
        outcome.state = object.value(QStringLiteral("state")).toString();
    } else if (const auto error = protocol::ApiError::fromJson(object)) {
        outcome.code = error->code;
        outcome.message = error->message;
        outcome.kind = error->code == QLatin1String(wire::error::RequestClosed)
                           ? Outcome::Kind::Closed
                           : Outcome::Kind::Rejected;
    } else {
        return;
    }
    const Answer answer = it->answer;
    delete it->timer;
    m_pendingAcks.erase(it);
    finish(requestId, answer, outcome);
}

void DeviceClient::poll() {
    if (!m_running || m_pollInFlight)
        return;
    m_pollInFlight = true;
    QNetworkReply *reply = send("GET", QStringLiteral("device/v1/requests"), {}, true);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPollFinished(reply); });
}

void DeviceClient::onPollFinished(QNetworkReply *reply) {
    reply->deleteLater();
    m_pollInFlight = false;
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    const int status = statusOf(reply);
    if (status == 401) {
        Q_EMIT unauthorized(errorMessageOf(reply, body));
        return;
    }
    if (status != 200) {
        setReachable(false, errorMessageOf(reply, body));
        return;
    }
    setReachable(true, {});
    const QJsonArray items = jsonOf(body).value(QStringLiteral("items")).toArray();
    QSet<QString> listed;
    for (const QJsonValue &item : items) {
        listed.insert(item.toObject().value(QStringLiteral("requestId")).toString());
        deliver(item.toObject());
    }
    // Only a poll-only device can tell a vanished request: with a socket, a request pushed
    // after this list was made would look vanished.
    if (m_channel != Channel::Polling)
        return;
    for (const QString &id : std::as_const(m_seen)) {
        if (!listed.contains(id) && !m_answered.contains(id) && !m_withdrawn.contains(id)) {
            m_withdrawn.insert(id);
            Q_EMIT requestWithdrawn(id);
        }
    }
}

void DeviceClient::deliver(const QJsonObject &object) {
    protocol::DecodeError error;
    const auto request = protocol::PushRequest::fromJson(object, &error);
    if (!request) {
        qWarning("ignoring a malformed push request: %s", qUtf8Printable(error.message));
        return;
    }
    if (m_seen.contains(request->requestId))
        return;
    m_seen.insert(request->requestId);
    Q_EMIT requestReceived(*request);
}

bool DeviceClient::answer(const QString &requestId, const Answer &answer) {
    if (m_answered.contains(requestId))
        return false;
    m_answered.insert(requestId);
    if (m_socket && m_channel == Channel::WebSocket)
        answerOverSocket(requestId, answer);
    else
        answerOverHttp(requestId, answer);
    return true;
}

void DeviceClient::answerOverSocket(const QString &requestId, const Answer &answer) {
    QJsonObject message = answerBody(answer);
    message.insert(QStringLiteral("type"), QLatin1String(wire::MessagePushResponse));
    message.insert(QStringLiteral("requestId"), requestId);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, requestId] { onAckTimeout(requestId); });
    timer->start(AckTimeoutMs);
    m_pendingAcks.insert(requestId, PendingAck{answer, timer});
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void DeviceClient::onAckTimeout(const QString &requestId) {
    const auto it = m_pendingAcks.find(requestId);
    if (it == m_pendingAcks.end())
        return;
    const Answer answer = it->answer;
    it->timer->deleteLater();
    m_pendingAcks.erase(it);
    Outcome outcome;
    outcome.kind = Outcome::Kind::Sent;
    finish(requestId, answer, outcome);
}

void DeviceClient::answerOverHttp(const QString &requestId, const Answer &answer) {
    const QString path = QStringLiteral("device/v1/requests/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(requestId)) +
                         QStringLiteral("/response");
    QNetworkReply *reply = send("POST", path, answerBody(answer), true);
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestId, answer] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = statusOf(reply);
        Outcome outcome;
        if (status == 200) {
            outcome.kind = Outcome::Kind::State;
            outcome.state = jsonOf(body).value(QStringLiteral("state")).toString();
        } else if (status == 0) {
            outcome.kind = Outcome::Kind::Failed;
            outcome.message = reply->errorString();
        } else {
            outcome.message = errorMessageOf(reply, body, &outcome.code);
            outcome.kind = outcome.code == QLatin1String(wire::error::RequestClosed)
                               ? Outcome::Kind::Closed
                               : Outcome::Kind::Rejected;
        }
        finish(requestId, answer, outcome);
        if (status == 401)
            Q_EMIT unauthorized(outcome.message);
    });
}

void DeviceClient::finish(const QString &requestId, const Answer &answer, const Outcome &outcome) {
    Q_EMIT answerFinished(requestId, answer, outcome);
}

} // namespace vd::device
