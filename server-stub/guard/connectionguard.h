// SPDX-License-Identifier: MIT
// The server's listening socket: screens every HTTP connection before QtHttpServer parses it.
#pragma once

#include "connectionlimits.h"

#include <QTcpServer>

namespace vd::server {

// QtHttpServer 6.4.2 buffers bodies of any size, has no idle timeout, reads a second
// Content-Length as the start of a new request and parses whatever it is fed. This QTcpServer
// creates each socket itself and inspects the byte stream (peeking only, so QtHttpServer still
// parses it) before QtHttpServer's parser runs. It answers and closes, itself, requests whose
// head is over maxHeaderBytes (431 headers_too_large), whose body is over maxBodyBytes
// (413 payload_too_large, before the body is buffered), whose framing is ambiguous or malformed
// (400 invalid_request), that are too slow (408 request_timeout), and connections over
// maxConnections (503 server_busy). Idle connections are closed. A WebSocket upgrade passes
// untouched and that connection is not inspected or timed any more.
//
// Usage (bind right after listen, before the event loop runs):
//     auto *guard = new ConnectionGuard(limits);
//     guard->listen(QHostAddress::LocalHost, port);
//     httpServer.bind(guard); // the HTTP server becomes its parent
class ConnectionGuard : public QTcpServer {
    Q_OBJECT
public:
    using Limits = ConnectionLimits;

    explicit ConnectionGuard(Limits limits = {}, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    const Limits &limits() const { return m_limits; }
    // Connections accepted and not closed yet, WebSockets included.
    int openConnections() const { return m_open; }

Q_SIGNALS:
    // One line per refusal for the log: status, code, peer address, a fixed reason text.
    // Never carries request bytes.
    void rejected(const QString &reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void connectionReleased();

    Limits m_limits;
    int m_open = 0;
};

} // namespace vd::server
