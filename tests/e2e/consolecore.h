// SPDX-License-Identifier: MIT
// The console core wired as app/main.cpp wires it (NetworkTransport, ApiClient, Session,
// EventStream), minus the widgets, with blocking helpers for the test.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QObject>
#include <QUrl>
#include <optional>

namespace vd::app {
class EventStream;
class NetworkTransport;
class Session;
} // namespace vd::app

namespace vd::e2e {

class TokenTap;

class ConsoleCore : public QObject {
    Q_OBJECT
public:
    explicit ConsoleCore(QObject *parent = nullptr);
    ~ConsoleCore() override;

    // Signs in through Session (which opens the attached event stream) and waits until the
    // stream is connected. False with *error on any failure or timeout.
    bool signIn(const QUrl &server, const QString &username, const QString &password,
                QString *error);

    app::ApiClient *api() const { return m_api; }
    app::Session *session() const { return m_session; }
    app::EventStream *events() const { return m_events; }
    // The bearer token as it went over the wire, for the "no secret in any output" check.
    QByteArray sessionToken();

    // Blocking reads through the core's ApiClient (bounded by timeoutMs).
    std::optional<protocol::Verification> verification(const QString &id, QString *error);
    std::optional<protocol::Page<protocol::AuthAuditEntry>>
    authenticationAudit(const QString &userId, QString *error);
    std::optional<protocol::Page<protocol::OperatorAuditEntry>> operatorAudit(QString *error);

    static constexpr int TimeoutMs = 20000;

private:
    template <typename T, typename Start> std::optional<T> await(Start start, QString *error);

    app::NetworkTransport *m_network;
    TokenTap *m_tap;
    app::ApiClient *m_api;
    app::Session *m_session;
    app::EventStream *m_events;
};

} // namespace vd::e2e
