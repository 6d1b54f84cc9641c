// SPDX-License-Identifier: MIT
// EventSocket on QWebSocket (Qt 6.4: its failure signal is QWebSocket::error).
#pragma once

#include "eventsocket.h"

#include <QSslConfiguration>

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
    QWebSocket *m_socket;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
};

} // namespace vd::app
