// SPDX-License-Identifier: MIT
// WebSocket client for server tests.
#include "wsclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

namespace vd::test {

WsClient::WsClient(QObject *parent)
    : QObject(parent) {
    // Tests talk to 127.0.0.1 only; an http_proxy in the environment must not interfere.
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        m_messages.append(doc.isObject() ? doc.object()
                                         : QJsonObject{{QStringLiteral("_text"), text}});
    });
}

WsClient::~WsClient() {
    m_socket.abort();
}

bool WsClient::open(const QUrl &url, const QByteArray &bearer, int timeoutMs) {
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer " + bearer));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    // QWebSocket::errorOccurred is newer than Qt 6.4.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &loop,
            &QEventLoop::quit);
    m_socket.open(request);
    deadline.start(timeoutMs);
    loop.exec();
    return isConnected();
}

bool WsClient::isConnected() const {
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void WsClient::sendJson(const QJsonObject &message) {
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WsClient::sendText(const QString &text) {
    m_socket.sendTextMessage(text);
    m_socket.flush();
}

QJsonObject WsClient::waitFor(const Match &match, int timeoutMs) {
    const auto search = [&]() -> QJsonObject {
        for (qsizetype i = m_cursor; i < m_messages.size(); ++i) {
            if (match(m_messages.at(i))) {
                m_cursor = i + 1;
                return m_messages.at(i);
            }
        }
        return {};
    };
    QJsonObject found = search();
    if (!found.isEmpty() || !isConnected())
        return found;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    // Connected after the slot that stores the message, so it runs second and sees it.
    connect(&m_socket, &QWebSocket::textMessageReceived, &loop, [&] {
        found = search();
        if (!found.isEmpty())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return found.isEmpty() ? search() : found;
}

bool WsClient::waitForDisconnected(int timeoutMs) {
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    loop.exec();
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

void WsClient::close() {
    m_socket.close();
    waitForDisconnected(5000);
}

} // namespace vd::test
