// SPDX-License-Identifier: MIT
// An in-process QHttpServer behind a ConnectionGuard, with the few routes the guard tests use.
#include "guardfixture.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

GuardFixture::GuardFixture(vd::server::ConnectionLimits limits, QObject *parent)
    : QObject(parent)
    , m_guard(new vd::server::ConnectionGuard(limits)) {
    connect(m_guard, &vd::server::ConnectionGuard::rejected, this,
            [this](const QString &reason) { m_rejections.append(reason); });

    m_http.route(QStringLiteral("/ping"), QHttpServerRequest::Method::Get, [this] {
        ++m_handled;
        return QStringLiteral("pong");
    });
    m_http.route(QStringLiteral("/echo"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     ++m_handled;
                     return QJsonObject{{QStringLiteral("size"), request.body().size()}};
                 });
    // QtHttpServer 6.4 hands an upgrade to the WebSocket server only when a route matched and
    // did not answer it; a plain GET gets 426.
    m_http.route(QStringLiteral("/ws"),
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     if (request.value(QByteArrayLiteral("upgrade"))
                             .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
                         return;
                     responder.write(QHttpServerResponder::StatusCode::UpgradeRequired);
                 });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this,
            &GuardFixture::acceptWebSockets);
}

bool GuardFixture::start() {
    if (!m_guard->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_guard->serverPort();
    m_http.bind(m_guard);
    return true;
}

void GuardFixture::acceptWebSockets() {
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        if (!socket)
            return;
        socket->setParent(this);
        ++m_webSockets;
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &message) { socket->sendTextMessage(message); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            --m_webSockets;
            socket->deleteLater();
        });
    }
}
