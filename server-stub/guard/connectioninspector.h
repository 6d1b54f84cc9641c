// SPDX-License-Identifier: MIT
// Watches one HTTP connection for the connection guard: framing, limits, timeouts, refusals.
#pragma once

#include "connectionlimits.h"
#include "refusal.h"
#include "requestframer.h"

#include <QObject>
#include <optional>

class QTcpSocket;
class QTimer;

namespace vd::server {

// Lives as a child of its socket. Reads nothing the HTTP server should see: it peeks.
class ConnectionInspector : public QObject {
    Q_OBJECT
public:
    ConnectionInspector(QTcpSocket *socket, const ConnectionLimits &limits);
    ~ConnectionInspector() override;

    // Connect before the HTTP server connects its own readyRead slot, so ours runs first...
    void attachFirst();
    // ...and after it, so we learn how much the server consumed.
    void attachLast();
    // For a socket never handed to the HTTP server: answers, closes and deletes it.
    void refuseUnhanded(const Refusal &refusal, const char *detail);

Q_SIGNALS:
    void rejected(const QString &reason);
    void released(); // once, when the connection stops counting as open

private:
    enum class Mode { Inspecting, Passthrough, Closing };

    void beforeHttp();
    void afterHttp();
    void account(qint64 available);
    void scan(qint64 available);
    void afterScan(qint64 consumed);
    void restoreSwallowedByte();
    void updateDeadline();
    void onIdle();
    void onDeadline();
    void onBytesWritten();
    void onDisconnected();
    void drain();
    void refuse(const Refusal &refusal, const char *detail);
    void refusePending();
    void beginClose(const QByteArray &response);
    void enterPassthrough();
    void watchUpgradedSocket();
    void release();
    void restartIdle();
    Refusal refusalForFramerError() const;
    Refusal timeoutRefusal(bool idle) const;

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    RequestFramer m_framer;
    QTimer *m_idle;
    QTimer *m_deadline;
    QTimer *m_linger;
    QMetaObject::Connection m_before;
    QMetaObject::Connection m_after;
    QMetaObject::Connection m_written;

    Mode m_mode = Mode::Inspecting;
    bool m_handedOver = false;
    bool m_released = false;
    bool m_writeShutdown = false;
    qint64 m_arrived = 0;       // stream bytes the socket has buffered since it opened
    qint64 m_lastAvailable = 0; // bytesAvailable() when we last looked
    qint64 m_drained = 0;
    quint64 m_deadlineRequest = 0;

    // QtHttpServer swallows one byte of the next request in one case; we put it back.
    bool m_restorePending = false;
    qint64 m_restoreAt = 0;
    char m_restoreByte = 0;

    // A refusal found in a pipelined request behind ones the server has not consumed yet.
    std::optional<Refusal> m_pending;
    const char *m_pendingDetail = "";
    qint64 m_pendingAt = 0;
};

} // namespace vd::server
