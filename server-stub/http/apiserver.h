// SPDX-License-Identifier: MIT
// The HTTP face of the server: QHttpServer behind the connection guard, our Router for every
// REST route (through QHttpServer's missing handler, so 404 and 405 are told apart), and the
// two WebSocket endpoints.
#pragma once

#include "auditroutes.h"
#include "deviceroutes.h"
#include "directoryroutes.h"
#include "eventhub.h"
#include "followuproutes.h"
#include "metrics.h"
#include "router.h"
#include "sessionroutes.h"
#include "settingsroutes.h"
#include "verificationroutes.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QTcpServer>

namespace vd::server {
class DeviceChannel;
}

namespace vd::server::http {

struct Services {
    Store &store;
    SessionService &sessions;
    DirectoryService &directory;
    SettingsService &settings;
    DeviceService &devices;
    VerificationService &verifications;
    DeviceChannel &channel;
    FollowUpService &followUps;
};

class ApiServer : public QObject {
    Q_OBJECT
public:
    ApiServer(Services services, QObject *parent = nullptr);
    ~ApiServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress address() const;
    quint16 port() const;
    // Stops accepting, closes the sockets, and calls done once written responses are flushed.
    void shutdown(const std::function<void()> &done);

private:
    void installWebSocketEndpoints();
    void onWebSocket();
    QHttpServerResponse handle(const QHttpServerRequest &request);
    // Every request on a WebSocket path that is not an accepted upgrade: 401, 405 or 426.
    QHttpServerResponse refuseWebSocket(const QHttpServerRequest &request, bool device);
    QHttpServerResponse health(const RouteContext &ctx);
    QHttpServerResponse metrics(const RouteContext &ctx);

    Services m_services;
    QHttpServer m_http;
    QTcpServer *m_listener = nullptr;
    Router m_router;
    Metrics m_metrics;
    EventHub m_events;
    SessionRoutes m_sessionRoutes;
    DirectoryRoutes m_directoryRoutes;
    SettingsRoutes m_settingsRoutes;
    VerificationRoutes m_verificationRoutes;
    DeviceRoutes m_deviceRoutes;
    AuditRoutes m_auditRoutes;
    FollowUpRoutes m_followUpRoutes;
};

} // namespace vd::server::http
