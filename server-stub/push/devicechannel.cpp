// SPDX-License-Identifier: MIT
// Device sockets: push.request out, push.response in (answered with push.result or error).
#include "devicechannel.h"

#include "wire.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevice, "vd.device")

namespace vd::server {

namespace {
constexpr int kPingMs = 30000;
constexpr qint64 kMaxMessageBytes = 16 * 1024;
} // namespace

DeviceChannel::DeviceChannel(DeviceService &devices, QObject *parent)
    : QObject(parent)
    , m_devices(devices) {
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it)
            it.key()->ping();
    });
    m_ping.start();
}

DeviceChannel::~DeviceChannel() {
    closeAll();
}

std::optional<wire::DispatchReason> DeviceChannel::reachability(const TokenRecord &token) const {
    if (!token.token.deviceRegistered)
        return wire::DispatchReason::DeviceUnreachable;
    return std::nullopt;
}

void DeviceChannel::send(QWebSocket *socket, const QJsonObject &o) {
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    socket->flush();
}

void DeviceChannel::deliver(const TokenRecord &token, const protocol::PushRequest &request) {
    QJsonObject message = request.toJson();
    message.insert(QStringLiteral("type"), QString::fromLatin1(wire::MessagePushRequest));
    QList<QWebSocket *> replaced;
    for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
        if (it->serial != token.token.serial)
            continue;
        // A device replaced by a newer activation must not see the request.
        if (!m_devices.authenticate(it->authorization)) {
            replaced.append(it.key());
            continue;
        }
        send(it.key(), message);
    }
    for (QWebSocket *s : replaced)
        s->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("device token replaced"));
}

void DeviceChannel::accept(std::unique_ptr<QWebSocket> socket, const TokenRecord &device,
                           const QByteArray &authorization) {
    QWebSocket *s = socket.release();
    s->setParent(this);
    s->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    s->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
    m_sockets.insert(s, {device.token.serial, authorization});
    connect(s, &QWebSocket::textMessageReceived, this,
            [this, s](const QString &text) { onMessage(s, text); });
    connect(s, &QWebSocket::binaryMessageReceived, this, [s](const QByteArray &) {
        s->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text only"));
    });
    connect(s, &QWebSocket::disconnected, this, [this, s] {
        m_sockets.remove(s);
        s->deleteLater();
    });
    qCInfo(lcDevice, "device of %s connected", qPrintable(device.token.serial));
    // A device that connects late still gets what is open for it.
    if (m_open) {
        for (const auto &request : m_open(device)) {
            QJsonObject message = request.toJson();
            message.insert(QStringLiteral("type"), QString::fromLatin1(wire::MessagePushRequest));
            send(s, message);
        }
    }
}

void DeviceChannel::onMessage(QWebSocket *socket, const QString &text) {
    const auto errorReply = [socket](const QString &requestId, const ServiceError &e) {
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("error")},
              {QStringLiteral("requestId"), requestId},
              {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                    {QStringLiteral("message"), e.message}}}});
    };
    auto device = m_devices.authenticate(m_sockets.value(socket).authorization);
    if (!device) {
        socket->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("device token replaced"));
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        errorReply(QString(), ServiceError::make(ErrorKind::BadRequest, wire::error::InvalidJson,
                                                 QStringLiteral("Messages must be JSON objects.")));
        return;
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QString requestId = o.value(QStringLiteral("requestId")).toString();
    if (type != QLatin1String(wire::MessagePushResponse) || requestId.isEmpty()) {
        errorReply(requestId, ServiceError::invalidField(QStringLiteral(
                                  "Expected {\"type\":\"push.response\",\"requestId\",...}.")));
        return;
    }
    auto state = m_answer ? m_answer(device.value(), requestId, o)
                          : Result<wire::VerificationState>(ServiceError::internal());
    if (!state) {
        errorReply(requestId, state.error());
        return;
    }
    send(socket, {{QStringLiteral("type"), QStringLiteral("push.result")},
                  {QStringLiteral("requestId"), requestId},
                  {QStringLiteral("state"), wire::toWire(state.value())}});
}

void DeviceChannel::closeAll() {
    const auto sockets = m_sockets.keys();
    for (QWebSocket *s : sockets)
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
}

} // namespace vd::server
