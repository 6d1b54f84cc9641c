// SPDX-License-Identifier: MIT
// Audit lists: read-only, newest first, paged, filtered by time window, user, verification,
// result (authentication) and operator/action (operator).
#include "auditroutes.h"

#include "access.h"
#include "requestparsing.h"
#include "routesupport.h"

namespace vd::server::http {

AuditRoutes::AuditRoutes(SessionService &sessions, Store &store)
    : m_sessions(sessions)
    , m_store(store) {}

void AuditRoutes::install(Router &router) {
    router.add(Router::Method::Get, QStringLiteral("/api/v1/audit/authentication"),
               [this](const RouteContext &c) { return list(c, true); });
    router.add(Router::Method::Get, QStringLiteral("/api/v1/audit/operator"),
               [this](const RouteContext &c) { return list(c, false); });
}

QHttpServerResponse AuditRoutes::list(const RouteContext &ctx, bool authentication) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        const QueryParams params(ctx.request);
        AuditQuery q;
        auto offset = params.integer(QStringLiteral("offset"), 0, 0, 100000000);
        auto limit = params.integer(QStringLiteral("limit"), 50, 0, 500);
        auto from = params.time(QStringLiteral("from"));
        auto to = params.time(QStringLiteral("to"));
        for (const ServiceError *e :
             {offset ? nullptr : &offset.error(), limit ? nullptr : &limit.error(),
              from ? nullptr : &from.error(), to ? nullptr : &to.error()}) {
            if (e)
                return error(*e);
        }
        q.offset = offset.value();
        q.limit = limit.value();
        q.from = from.value();
        q.to = to.value();
        const auto nonEmpty = [](std::optional<QString> s) {
            return (s && !s->isEmpty()) ? s : std::nullopt;
        };
        q.userId = nonEmpty(params.text(QStringLiteral("userId")));
        q.verificationId = nonEmpty(params.text(QStringLiteral("verificationId")));
        if (authentication) {
            q.result = nonEmpty(params.text(QStringLiteral("result")));
            if (q.result && *q.result != QLatin1String("Success") &&
                *q.result != QLatin1String("Failure"))
                return error(invalidField(
                    QStringLiteral("query parameter 'result' must be Success or Failure")));
        } else {
            q.operatorName = nonEmpty(params.text(QStringLiteral("operator")));
            q.actionType = nonEmpty(params.text(QStringLiteral("actionType")));
        }
        if (auto s = access::require(who.op, access::Area::Audit, wire::Permission::View); !s)
            return error(s.error());
        if (authentication)
            return reply(m_store.authAudit(q));
        return reply(m_store.operatorAudit(q));
    });
}

} // namespace vd::server::http
