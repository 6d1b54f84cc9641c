// SPDX-License-Identifier: MIT
// A WebSocket client for server tests: opens with an Authorization header, keeps every JSON
// message it receives and waits for one with a bound, so a silent server fails the test.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace vd::test {

class WsClient : public QObject {
    Q_OBJECT
public:
    using Match = std::function<bool(const QJsonObject &)>;

    explicit WsClient(QObject *parent = nullptr);
    ~WsClient() override;

    // Opens url with "Authorization: Bearer <bearer>" (no header when bearer is empty). True
    // once the handshake succeeded; false when it was refused, failed or timed out.
    bool open(const QUrl &url, const QByteArray &bearer, int timeoutMs = 10000);
    bool isConnected() const;
    void sendJson(const QJsonObject &message);
    void sendText(const QString &text);

    // The next message after the last one waitFor returned that matches; an empty object when
    // none arrives within timeoutMs.
    QJsonObject waitFor(const Match &match, int timeoutMs);
    // Every message received so far (non-JSON text arrives as {"_text": text}).
    QList<QJsonObject> messages() const { return m_messages; }

    bool waitForDisconnected(int timeoutMs);
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString errorString() const { return m_socket.errorString(); }
    void close();

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    qsizetype m_cursor = 0;
};

} // namespace vd::test
