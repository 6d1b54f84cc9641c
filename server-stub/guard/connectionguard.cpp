// SPDX-License-Identifier: MIT
// The server's listening socket: screens every HTTP connection before QtHttpServer parses it.
#include "connectionguard.h"

#include "connectioninspector.h"
#include "socketops.h"
#include "wire.h"

#include <QTcpSocket>

namespace vd::server {

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits) {
    m_limits.maxHeaderBytes = qMax<qint64>(64, m_limits.maxHeaderBytes);
    m_limits.maxBodyBytes = qMax<qint64>(0, m_limits.maxBodyBytes);
}

ConnectionGuard::~ConnectionGuard() = default;

void ConnectionGuard::incomingConnection(qintptr handle) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        socketops::closeDescriptor(handle);
        delete socket;
        return;
    }
    // Replies and events are small and often back to back (push.result, then push.request on
    // a device socket): without TCP_NODELAY the second waits ~40 ms for a delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *inspector = new ConnectionInspector(socket, m_limits);
    connect(inspector, &ConnectionInspector::rejected, this, &ConnectionGuard::rejected);

    if (m_limits.maxConnections > 0 && m_open >= m_limits.maxConnections) {
        inspector->refuseUnhanded({503, QString::fromLatin1(wire::error::ServerBusy),
                                   QStringLiteral("Too many open connections; try again later.")},
                                  "too many open connections");
        return;
    }

    ++m_open;
    connect(inspector, &ConnectionInspector::released, this, &ConnectionGuard::connectionReleased);
    // Order matters: QtHttpServer connects its readyRead slot inside addPendingConnection().
    inspector->attachFirst();
    addPendingConnection(socket);
    inspector->attachLast();
}

void ConnectionGuard::connectionReleased() {
    --m_open;
}

} // namespace vd::server
