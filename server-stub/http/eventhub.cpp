// SPDX-License-Identifier: MIT
// Sockets are pinged every 30 s; a socket whose session ended is closed (4401) rather than kept.
#include "eventhub.h"

#include "wire.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEvents, "vd.events")

namespace vd::server::http {

EventHub::EventHub(SessionService &sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions) {
    m_ping.setInterval(PingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, &EventHub::sweep);
    m_ping.start();
}

EventHub::~EventHub() {
    closeAll();
}

void EventHub::accept(std::unique_ptr<QWebSocket> socket, const AuthenticatedOperator &who) {
    QWebSocket *s = socket.release();
    s->setParent(this);
    m_sockets.insert(s, {who.op.username, who.session.tokenHash});
    connect(s, &QWebSocket::disconnected, this, [this, s] {
        m_sockets.remove(s);
        s->deleteLater();
    });
    // Operators only listen; anything they send is ignored.
    qCInfo(lcEvents, "event stream opened for %s (%d open)", qPrintable(who.op.username),
           connectionCount());
}

void EventHub::publish(const protocol::Verification &v) {
    QByteArray message;
    for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
        if (it->username != v.operatorName)
            continue;
        if (message.isEmpty()) {
            const QJsonObject o{
                {QStringLiteral("type"), QString::fromLatin1(wire::EventVerificationUpdated)},
                {QStringLiteral("verification"), v.toJson()}};
            message = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        it.key()->sendTextMessage(QString::fromUtf8(message));
        it.key()->flush();
    }
}

void EventHub::sweep() {
    const auto sockets = m_sockets.keys();
    for (QWebSocket *s : sockets) {
        if (!m_sessions.isValid(m_sockets.value(s).sessionHash)) {
            s->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("session ended"));
            continue;
        }
        s->ping();
    }
}

void EventHub::closeAll() {
    const auto sockets = m_sockets.keys();
    for (QWebSocket *s : sockets)
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
}

} // namespace vd::server::http
