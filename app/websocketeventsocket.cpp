// SPDX-License-Identifier: MIT
// WebSocketEventSocket: forwards QWebSocket's signals into the EventSocket interface.
#include "websocketeventsocket.h"

#include "logcategories.h"

#include <QWebSocket>

namespace vd::app {

WebSocketEventSocket::WebSocketEventSocket(QObject *parent)
    : EventSocket(parent) {}

WebSocketEventSocket::~WebSocketEventSocket() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QWebSocket *WebSocketEventSocket::socket() {
    if (m_socket)
        return m_socket;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &EventSocket::connected);
    connect(m_socket, &QWebSocket::disconnected, this, &EventSocket::disconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventSocket::textMessageReceived);
    // Qt 6.4 names it error(); errorOccurred() only arrived in 6.5.
    connect(
        m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { Q_EMIT errorOccurred(m_socket->errorString()); });
    connect(m_socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcEvents).noquote() << "TLS error:" << e.errorString();
    });
    return m_socket;
}

void WebSocketEventSocket::open(const QNetworkRequest &request) {
    QNetworkRequest r(request);
    if (m_ssl)
        r.setSslConfiguration(*m_ssl);
    socket()->open(r);
}

void WebSocketEventSocket::close() {
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    m_socket->close();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void WebSocketEventSocket::setSslConfiguration(const QSslConfiguration &config) {
    m_ssl = config;
    if (m_socket)
        m_socket->setSslConfiguration(config);
}

} // namespace vd::app
