// SPDX-License-Identifier: MIT
// Directory routes: parse, call DirectoryService, map the result.
#include "directoryroutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"

namespace vd::server::http {

DirectoryRoutes::DirectoryRoutes(SessionService &sessions, DirectoryService &directory)
    : m_sessions(sessions)
    , m_directory(directory) {}

void DirectoryRoutes::install(Router &router) {
    router.add(Router::Method::Get, QStringLiteral("/api/v1/users"),
               [this](const RouteContext &c) { return search(c); });
    router.add(Router::Method::Get, QStringLiteral("/api/v1/users/{}"),
               [this](const RouteContext &c) { return user(c); });
    router.add(Router::Method::Patch, QStringLiteral("/api/v1/tokens/{}"),
               [this](const RouteContext &c) { return patchToken(c); });
}

QHttpServerResponse DirectoryRoutes::search(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        const QueryParams params(ctx.request);
        const QString q = params.text(QStringLiteral("q")).value_or(QString());
        if (q.size() > 200)
            return error(
                invalidField(QStringLiteral("query parameter 'q' must be at most 200 characters")));
        auto offset = params.integer(QStringLiteral("offset"), 0, 0, 100000000);
        if (!offset)
            return error(offset.error());
        auto limit = params.integer(QStringLiteral("limit"), 50, 0, DirectoryService::MaxPageSize);
        if (!limit)
            return error(limit.error());
        return reply(m_directory.search(who.op, q, offset.value(), limit.value()));
    });
}

QHttpServerResponse DirectoryRoutes::user(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        return reply(m_directory.user(who.op, ctx.params.at(0)));
    });
}

QHttpServerResponse DirectoryRoutes::patchToken(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto body = jsonBody(ctx.request);
        if (!body)
            return error(body.error());
        protocol::JsonReader r(body.value());
        DirectoryService::TokenPatch patch;
        patch.pushEnabled = r.optionalBoolean(QStringLiteral("pushEnabled"));
        patch.state = r.optionalEnumeration<wire::TokenState>(QStringLiteral("state"),
                                                              wire::tokenStateFromWire);
        if (!r.ok())
            return error(invalidField(r.error().message));
        return reply(m_directory.patchToken(who.op, ctx.params.at(0), patch));
    });
}

} // namespace vd::server::http
