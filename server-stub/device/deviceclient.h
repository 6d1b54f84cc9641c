// SPDX-License-Identifier: MIT
// The device side of the wire contract: activation, the WebSocket channel with a polling
// fallback, and answers that are sent at most once per request.
#pragma once

#include "answerpolicy.h"
#include "dto.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class QWebSocket;

namespace vd::device {

class DeviceClient : public QObject {
    Q_OBJECT
public:
    enum class Channel { Offline, WebSocket, Polling };

    struct Outcome {
        enum class Kind {
            State,    // the server answered with the verification's new state
            Closed,   // 410 request_closed
            Rejected, // another 4xx, e.g. 422 invalid_choice
            Sent,     // sent over the socket, the server did not confirm
            Failed    // network error
        };
        Kind kind = Kind::Failed;
        QString state;
        QString code;
        QString message;
    };

    explicit DeviceClient(QUrl server, QObject *parent = nullptr);
    ~DeviceClient() override;

    void setPollInterval(int ms);
    void setWebSocketEnabled(bool enabled);

    void activate(const QString &serial, const QString &activationCode);
    void start(const QByteArray &deviceToken);
    void stop();

    // False (and nothing is sent) when the request was answered before, on either path.
    bool answer(const QString &requestId, const Answer &answer);
    bool hasAnswered(const QString &requestId) const { return m_answered.contains(requestId); }
    Channel channel() const { return m_channel; }

    static constexpr int InitialReconnectMs = 500;
    static constexpr int MaxReconnectMs = 8000;
    static constexpr int HandshakeTimeoutMs = 10000;
    static constexpr int HttpTimeoutMs = 10000;
    static constexpr int AckTimeoutMs = 5000;
    static constexpr int PingIntervalMs = 15000;

Q_SIGNALS:
    void activated(const QByteArray &deviceToken);
    void activationFailed(const QString &message);
    void requestReceived(const vd::protocol::PushRequest &request);
    // An unanswered request the server no longer lists (cancelled or timed out).
    void requestWithdrawn(const QString &requestId);
    void answerFinished(const QString &requestId, const vd::device::Answer &answer,
                        const vd::device::DeviceClient::Outcome &outcome);
    void channelChanged(vd::device::DeviceClient::Channel channel);
    void serverReachableChanged(bool reachable, const QString &detail);
    // The device token was refused: nothing will work until the device is activated again.
    void unauthorized(const QString &message);

private:
    QUrl endpoint(const QString &relativePath) const;
    QNetworkReply *send(const QByteArray &verb, const QString &relativePath,
                        const QJsonObject &body, bool authorized);
    void setChannel(Channel channel);
    void setReachable(bool reachable, const QString &detail);

    void openSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketMessage(const QString &message);
    void scheduleReconnect();

    void poll();
    void onPollFinished(QNetworkReply *reply);
    void deliver(const QJsonObject &object);

    void answerOverHttp(const QString &requestId, const Answer &answer);
    void answerOverSocket(const QString &requestId, const Answer &answer);
    void onAckTimeout(const QString &requestId);
    void finish(const QString &requestId, const Answer &answer, const Outcome &outcome);

    QUrl m_server;
    QByteArray m_token;
    QNetworkAccessManager *m_network;
    QWebSocket *m_socket = nullptr;
    QTimer *m_pollTimer;
    QTimer *m_reconnectTimer;
    QTimer *m_handshakeTimer;
    QTimer *m_pingTimer;
    bool m_webSocketEnabled = true;
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_awaitingPong = false;
    bool m_reachable = true;
    int m_reconnectDelayMs = InitialReconnectMs;
    Channel m_channel = Channel::Offline;

    QSet<QString> m_seen;     // delivered to the application once
    QSet<QString> m_answered; // never answered twice
    QSet<QString> m_withdrawn;
    struct PendingAck {
        Answer answer;
        QTimer *timer = nullptr;
    };
    QHash<QString, PendingAck> m_pendingAcks;
};

} // namespace vd::device
