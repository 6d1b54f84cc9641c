// SPDX-License-Identifier: MIT
// The operator event stream (/api/v1/events): each operator's sockets get verification.updated
// for that operator's verifications, as soon as a change is committed.
#pragma once

#include "dto.h"
#include "sessionservice.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace vd::server::http {

class EventHub : public QObject {
    Q_OBJECT
public:
    static constexpr int PingIntervalMs = 30000;
    explicit EventHub(SessionService &sessions, QObject *parent = nullptr);
    ~EventHub() override;

    void accept(std::unique_ptr<QWebSocket> socket, const AuthenticatedOperator &who);
    void publish(const protocol::Verification &v);
    int connectionCount() const { return static_cast<int>(m_sockets.size()); }
    void closeAll();

private:
    struct Subscriber {
        QString username;
        QString sessionHash;
    };
    void sweep();

    SessionService &m_sessions;
    QHash<QWebSocket *, Subscriber> m_sockets;
    QTimer m_ping;
};

} // namespace vd::server::http
