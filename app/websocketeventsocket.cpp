// SPDX-License-Identifier: MIT
// WebSocketEventSocket (stub; implementation follows).
#include "websocketeventsocket.h"

#include <QWebSocket>

namespace vd::app {

WebSocketEventSocket::WebSocketEventSocket(QObject *parent)
    : EventSocket(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this)) {}
WebSocketEventSocket::~WebSocketEventSocket() = default;
void WebSocketEventSocket::open(const QNetworkRequest &) {}
void WebSocketEventSocket::close() {}
void WebSocketEventSocket::setSslConfiguration(const QSslConfiguration &config) {
    m_ssl = config;
    m_hasSsl = true;
}

} // namespace vd::app
