// SPDX-License-Identifier: MIT
// Session routes. The token is in the POST answer only; it is never logged.
#include "sessionroutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"

namespace vd::server::http {

SessionRoutes::SessionRoutes(SessionService &sessions, SettingsService &settings)
    : m_sessions(sessions)
    , m_settings(settings) {}

void SessionRoutes::install(Router &router) {
    const QString path = QStringLiteral("/api/v1/session");
    router.add(Router::Method::Post, path, [this](const RouteContext &c) { return create(c); });
    router.add(Router::Method::Get, path, [this](const RouteContext &c) { return current(c); });
    router.add(Router::Method::Delete, path, [this](const RouteContext &c) { return remove(c); });
}

Result<protocol::SessionInfo> SessionRoutes::describe(const AuthenticatedOperator &who,
                                                      const QDateTime &expiresAt) {
    auto account = m_settings.account();
    if (!account)
        return account.error();
    auto policy = m_settings.policy();
    if (!policy)
        return policy.error();
    protocol::SessionInfo info;
    info.expiresAt = expiresAt;
    info.operatorInfo = who.op.info();
    info.account = account.value();
    info.policy = policy.value();
    return info;
}

QHttpServerResponse SessionRoutes::create(const RouteContext &ctx) {
    auto body = jsonBody(ctx.request);
    if (!body)
        return error(body.error());
    protocol::JsonReader r(body.value());
    const QString username = r.string(QStringLiteral("username"));
    const QString password = r.string(QStringLiteral("password"));
    if (!r.ok())
        return error(invalidField(r.error().message));
    auto signedIn = m_sessions.signIn(username, password);
    if (!signedIn)
        return error(signedIn.error());
    auto info = describe(signedIn->who, signedIn->expiresAt);
    if (!info)
        return error(info.error());
    info.value().token = signedIn->token;
    return json(info.value().toJson(), HttpStatus::Created);
}

QHttpServerResponse SessionRoutes::current(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        return reply(describe(who, m_sessions.expiresAt(who.session)));
    });
}

QHttpServerResponse SessionRoutes::remove(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto s = m_sessions.signOut(who);
        return s ? noContent() : error(s.error());
    });
}

} // namespace vd::server::http
