// SPDX-License-Identifier: MIT
// The operator event stream (WebSocket /api/v1/events): decodes verification.updated and
// reconnects with backoff for as long as it is started.
#pragma once

#include "backoff.h"
#include "verificationeventsource.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QUrl>

class QTimer;

namespace vd::app {

class EventSocket;

class EventStream : public VerificationEventSource {
    Q_OBJECT
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectionChanged)
public:
    // Takes ownership of `socket` (reparented); nullptr creates a WebSocketEventSocket.
    explicit EventStream(EventSocket *socket = nullptr, QObject *parent = nullptr);
    ~EventStream() override;

    // Connects to the server's /api/v1/events (ws:// for http, wss:// for https).
    void start(const QUrl &serverUrl, const QByteArray &sessionToken);
    // Disconnects and stops reconnecting; wipes the token.
    void stop();
    bool isConnected() const;
    bool isStarted() const;

    void setBackoff(const Backoff &backoff);
    // The TLS configuration of the HTTP side (NetworkTransport::sslConfiguration()), so a
    // custom CA bundle also applies to wss://.
    void setSslConfiguration(const QSslConfiguration &config);
    // The delay before the pending reconnect (for status display and tests); -1 if none.
    qint64 pendingReconnectMs() const;

    static QUrl eventsUrl(const QUrl &serverUrl);
    // Decodes one server message; nullopt (with *error) for anything that is not a valid
    // verification.updated. Unknown message types are not errors: nullopt, *error empty.
    static std::optional<protocol::Verification> decode(const QString &message,
                                                        QString *error = nullptr);

Q_SIGNALS:
    void connected();
    void disconnected();
    void connectionChanged(bool connected);

private:
    void openSocket();
    void onConnected();
    void onDropped();
    void onMessage(const QString &message);

    EventSocket *m_socket;
    QTimer *m_reconnect;
    Backoff m_backoff;
    QUrl m_url;
    QByteArray m_token;
    bool m_started = false;
    bool m_connected = false;
    bool m_opening = false;
};

} // namespace vd::app
