// SPDX-License-Identifier: MIT
// ConsoleCore: the widget-free console stack against a real server.
#include "consolecore.h"

#include "eventstream.h"
#include "networktransport.h"
#include "session.h"
#include "tokentap.h"
#include "wire.h"

#include <QTest>

namespace vd::e2e {

ConsoleCore::ConsoleCore(QObject *parent)
    : QObject(parent)
    , m_network(new app::NetworkTransport(this))
    , m_tap(new TokenTap(m_network, this))
    , m_api(new app::ApiClient(m_tap, this))
    , m_session(new app::Session(m_api, nullptr, this))
    , m_events(new app::EventStream(nullptr, this)) {
    m_session->attachEventStream(m_events);
}

ConsoleCore::~ConsoleCore() {
    m_events->stop();
}

QByteArray ConsoleCore::sessionToken() {
    // The token is in memory only: an authenticated call shows it to the tap.
    if (m_tap->token().isEmpty() && m_session->isSignedIn()) {
        m_session->refresh();
        if (!QTest::qWaitFor([&] { return !m_tap->token().isEmpty(); }, TimeoutMs))
            qWarning("no authenticated call went out");
    }
    return m_tap->token();
}

bool ConsoleCore::signIn(const QUrl &server, const QString &username, const QString &password,
                         QString *error) {
    m_api->setServerUrl(server);
    std::optional<QString> failure;
    QObject context;
    connect(m_session, &app::Session::signInFailed, &context,
            [&failure](const app::ApiFailure &f) { failure = f.message; });
    m_session->signIn(username, password, false);
    if (!QTest::qWaitFor([&] { return m_session->isSignedIn() || failure; }, TimeoutMs)) {
        *error = QStringLiteral("no answer to the sign-in");
        return false;
    }
    if (!m_session->isSignedIn()) {
        *error = QStringLiteral("sign-in failed: ") + failure.value_or(QString());
        return false;
    }
    // The session starts the attached event stream itself.
    if (!QTest::qWaitFor([&] { return m_events->isConnected(); }, TimeoutMs)) {
        *error = QStringLiteral("the event stream did not connect");
        return false;
    }
    return true;
}

template <typename T, typename Start>
std::optional<T> ConsoleCore::await(Start start, QString *error) {
    std::optional<app::ApiResult<T>> result;
    QObject context;
    const app::ApiClient::CallId id =
        start(&context, [&result](const app::ApiResult<T> &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, TimeoutMs)) {
        m_api->cancel(id);
        *error = QStringLiteral("no answer within %1 ms").arg(TimeoutMs);
        return std::nullopt;
    }
    if (!*result) {
        *error = result->failure().message + QStringLiteral(" (") + result->failure().detail +
                 QLatin1Char(')');
        return std::nullopt;
    }
    return result->value();
}

std::optional<protocol::Verification> ConsoleCore::verification(const QString &id, QString *error) {
    return await<protocol::Verification>(
        [this, id](QObject *context, app::ApiClient::Callback<protocol::Verification> done) {
            return m_api->verification(id, context, std::move(done));
        },
        error);
}

std::optional<protocol::Page<protocol::AuthAuditEntry>>
ConsoleCore::authenticationAudit(const QString &userId, QString *error) {
    app::AuditQuery query;
    query.limit = 500;
    query.userId = userId;
    return await<protocol::Page<protocol::AuthAuditEntry>>(
        [this, query](QObject *context,
                      app::ApiClient::Callback<protocol::Page<protocol::AuthAuditEntry>> done) {
            return m_api->authenticationAudit(query, context, std::move(done));
        },
        error);
}

std::optional<protocol::Page<protocol::OperatorAuditEntry>>
ConsoleCore::operatorAudit(QString *error) {
    app::AuditQuery query;
    query.limit = 500;
    query.actionType = QStringLiteral("HelpdeskPushVerification");
    return await<protocol::Page<protocol::OperatorAuditEntry>>(
        [this, query](QObject *context,
                      app::ApiClient::Callback<protocol::Page<protocol::OperatorAuditEntry>> done) {
            return m_api->operatorAudit(query, context, std::move(done));
        },
        error);
}

} // namespace vd::e2e
