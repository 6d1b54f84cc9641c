// SPDX-License-Identifier: MIT
// Wiring of routes, WebSockets, metrics and shutdown.
#include "apiserver.h"

#include "devicechannel.h"
#include "httpresponses.h"
#include "websocketupgraderule.h"
#include "wire.h"

#include "connectionguard.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcHttp, "vd.http")

namespace vd::server::http {

namespace {
const QString kEventsPath = QStringLiteral("/api/v1/events");
const QString kDevicePath = QStringLiteral("/device/v1/channel");

QString statusClass(int status) {
    return QString::number(status / 100) + QStringLiteral("xx");
}
} // namespace

ApiServer::ApiServer(Services services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_events(services.sessions)
    , m_sessionRoutes(services.sessions, services.settings)
    , m_directoryRoutes(services.sessions, services.directory)
    , m_settingsRoutes(services.sessions, services.settings)
    , m_verificationRoutes(services.sessions, services.verifications)
    , m_deviceRoutes(services.sessions, services.devices, services.verifications)
    , m_auditRoutes(services.sessions, services.store)
    , m_followUpRoutes(services.sessions, services.followUps) {
    m_sessionRoutes.install(m_router);
    m_directoryRoutes.install(m_router);
    m_settingsRoutes.install(m_router);
    m_verificationRoutes.install(m_router);
    m_deviceRoutes.install(m_router);
    m_auditRoutes.install(m_router);
    m_followUpRoutes.install(m_router);
    m_router.add(Router::Method::Get, QStringLiteral("/healthz"),
                 [this](const RouteContext &c) { return health(c); });
    m_router.add(Router::Method::Get, QStringLiteral("/metrics"),
                 [this](const RouteContext &c) { return metrics(c); });

    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request).write(std::move(responder));
        });
    installWebSocketEndpoints();

    connect(&services.verifications, &VerificationService::changed, &m_events, &EventHub::publish);
    connect(&services.verifications, &VerificationService::changed, this,
            [this](const protocol::Verification &v) {
                m_metrics.increment(
                    QStringLiteral("verifydesk_verification_changes_total{state=\"%1\"}")
                        .arg(wire::toWire(v.state)));
            });
    m_metrics.describeCounter(QStringLiteral("verifydesk_http_requests_total"),
                              QStringLiteral("HTTP requests answered, by status class"));
    m_metrics.describeCounter(
        QStringLiteral("verifydesk_verification_changes_total"),
        QStringLiteral("Verification creations and state changes, by new state"));
    m_metrics.addGauge(QStringLiteral("verifydesk_pending_verifications"),
                       QStringLiteral("Verifications waiting for the device"),
                       [this] { return m_services.verifications.pendingCount(); });
    m_metrics.addGauge(QStringLiteral("verifydesk_operator_streams"),
                       QStringLiteral("Open operator event streams"),
                       [this] { return m_events.connectionCount(); });
    m_metrics.addGauge(QStringLiteral("verifydesk_device_connections"),
                       QStringLiteral("Connected device channels"),
                       [this] { return m_services.channel.connectionCount(); });
}

ApiServer::~ApiServer() = default;

QHttpServerResponse ApiServer::handle(const QHttpServerRequest &request) {
    const QString path = request.url().path();
    QHttpServerResponse r = path == kEventsPath || path == kDevicePath
                                ? refuseWebSocket(request, path == kDevicePath)
                                : m_router.dispatch(request);
    m_metrics.increment(QStringLiteral("verifydesk_http_requests_total{code=\"%1\"}")
                            .arg(statusClass(static_cast<int>(r.statusCode()))));
    return r;
}

void ApiServer::installWebSocketEndpoints() {
    // An accepted upgrade matches a route whose handler writes nothing, so QtHttpServer hands
    // the socket to newWebSocketConnection. Anything else on these paths matches no route and is
    // answered by handle() (see WebSocketUpgradeRule for why refusals must not match).
    const auto accepts = [this](bool device) {
        return WebSocketUpgradeRule::Accept([this, device](const QHttpServerRequest &request) {
            const QByteArray auth = request.value(QByteArrayLiteral("Authorization"));
            return device ? m_services.devices.authenticate(auth).ok()
                          : m_services.sessions.authenticate(auth).ok();
        });
    };
    const auto leaveAlone = [](const QHttpServerRequest &, QHttpServerResponder &&) {
    };
    m_http.route<WebSocketUpgradeRule>(kEventsPath, accepts(false), leaveAlone);
    m_http.route<WebSocketUpgradeRule>(kDevicePath, accepts(true), leaveAlone);
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::onWebSocket);
}

QHttpServerResponse ApiServer::refuseWebSocket(const QHttpServerRequest &request, bool device) {
    // Credentials first, then the method, then the missing upgrade.
    const QByteArray auth = request.value(QByteArrayLiteral("Authorization"));
    const bool ok = device ? m_services.devices.authenticate(auth).ok()
                           : m_services.sessions.authenticate(auth).ok();
    if (!ok)
        return error(ServiceError::unauthenticated());
    if (request.method() != QHttpServerRequest::Method::Get) {
        QHttpServerResponse r = error(ServiceError::make(
            ErrorKind::MethodNotAllowed, wire::error::MethodNotAllowed,
            QStringLiteral("This WebSocket endpoint accepts GET (upgrade) only.")));
        r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return r;
    }
    return json(protocol::ApiError{QStringLiteral("upgrade_required"),
                                   QStringLiteral("This endpoint is a WebSocket.")}
                    .toJson(),
                HttpStatus::UpgradeRequired);
}

void ApiServer::onWebSocket() {
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        const QByteArray auth = socket->request().rawHeader(QByteArrayLiteral("Authorization"));
        if (path == kEventsPath) {
            auto who = m_services.sessions.authenticate(auth);
            if (who) {
                m_events.accept(std::move(socket), who.value());
                continue;
            }
        } else if (path == kDevicePath) {
            auto device = m_services.devices.authenticate(auth);
            if (device) {
                m_services.channel.accept(std::move(socket), device.value(), auth);
                continue;
            }
        }
        socket->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("unauthenticated"));
        socket.release()->deleteLater();
    }
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    auto *guard = new ConnectionGuard(ConnectionLimits{}, this);
    connect(guard, &ConnectionGuard::rejected, this,
            [](const QString &reason) { qCInfo(lcHttp, "refused: %s", qPrintable(reason)); });
    m_listener = guard;
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return false;
    }
    m_http.bind(m_listener);
    return true;
}

QHostAddress ApiServer::address() const {
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 ApiServer::port() const {
    return m_listener ? m_listener->serverPort() : 0;
}

QHttpServerResponse ApiServer::health(const RouteContext &) {
    return json({{QStringLiteral("status"), QStringLiteral("ok")}});
}

QHttpServerResponse ApiServer::metrics(const RouteContext &ctx) {
    // Loopback, or a scraper that presents VERIFYDESK_METRICS_TOKEN (an environment variable,
    // so the secret is not visible in the process list).
    static const QByteArray token = qgetenv("VERIFYDESK_METRICS_TOKEN");
    const bool tokenOk =
        !token.isEmpty() &&
        ctx.request.value(QByteArrayLiteral("Authorization")) == QByteArray("Bearer " + token);
    if (!ctx.request.remoteAddress().isLoopback() && !tokenOk)
        return error(ServiceError::forbidden(QStringLiteral(
            "Metrics are served to loopback, or with the configured metrics token.")));
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                               m_metrics.render());
}

void ApiServer::shutdown(const std::function<void()> &done) {
    if (m_listener)
        m_listener->close();
    m_events.closeAll();
    m_services.channel.closeAll();
    // Handlers run to completion on this thread, so what is in flight is what is being
    // written: give sockets a moment to flush, then finish.
    auto *poll = new QTimer(this);
    auto deadline = std::make_shared<int>(50); // 50 × 20 ms
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, done] {
        bool pending = false;
        for (QTcpSocket *s :
             m_listener ? m_listener->findChildren<QTcpSocket *>() : QList<QTcpSocket *>())
            pending = pending || s->bytesToWrite() > 0;
        if (!pending || --*deadline <= 0) {
            poll->stop();
            poll->deleteLater();
            done();
        }
    });
    poll->start(20);
}

} // namespace vd::server::http
