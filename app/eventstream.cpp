// SPDX-License-Identifier: MIT
// EventStream (stub; implementation follows).
#include "eventstream.h"

#include "websocketeventsocket.h"

#include <QTimer>

namespace vd::app {

EventStream::EventStream(EventSocket *socket, QObject *parent)
    : VerificationEventSource(parent)
    , m_socket(socket ? socket : new WebSocketEventSocket(this))
    , m_reconnect(new QTimer(this)) {
    m_socket->setParent(this);
}
EventStream::~EventStream() = default;
void EventStream::start(const QUrl &, const QByteArray &) {}
void EventStream::stop() {}
bool EventStream::isConnected() const {
    return m_connected;
}
bool EventStream::isStarted() const {
    return m_started;
}
void EventStream::setBackoff(const Backoff &backoff) {
    m_backoff = backoff;
}
qint64 EventStream::pendingReconnectMs() const {
    return -1;
}
QUrl EventStream::eventsUrl(const QUrl &serverUrl) {
    return serverUrl;
}
std::optional<protocol::Verification> EventStream::decode(const QString &, QString *) {
    return std::nullopt;
}
void EventStream::openSocket() {}
void EventStream::onConnected() {}
void EventStream::onDropped() {}
void EventStream::onMessage(const QString &) {}

} // namespace vd::app
