// SPDX-License-Identifier: MIT
// EventSocket on QWebSocket (Qt 6.4: its failure signal is QWebSocket::error).
#pragma once

#include "eventsocket.h"

#include <QSslConfiguration>
#include <optional>

class QWebSocket;

namespace vd::app {

class WebSocketEventSocket : public EventSocket {
    Q_OBJECT
public:
    explicit WebSocketEventSocket(QObject *parent = nullptr);
    ~WebSocketEventSocket() override;

    void open(const QNetworkRequest &request) override;
    void close() override;

    // Applied to every later open() (custom CA bundle of NetworkTransport).
    void setSslConfiguration(const QSslConfiguration &config) override;

private:
    // Created on the first open(): QWebSocket's constructor loads the TLS backend, which cost
    // about 8 % of the console's cold start before anyone had signed in.
    QWebSocket *socket();

    QWebSocket *m_socket = nullptr;
    std::optional<QSslConfiguration> m_ssl; // even a default QSslConfiguration loads the backend
};

} // namespace vd::app
