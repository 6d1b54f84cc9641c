// SPDX-License-Identifier: MIT
// Follow-up action route: shape first (an unknown action is 400), then the service's gate.
#include "followuproutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"

namespace vd::server::http {

FollowUpRoutes::FollowUpRoutes(SessionService &sessions, FollowUpService &followUps)
    : m_sessions(sessions)
    , m_followUps(followUps) {}

void FollowUpRoutes::install(Router &router) {
    router.add(Router::Method::Post, QStringLiteral("/api/v1/tokens/{}/actions"),
               [this](const RouteContext &c) { return perform(c); });
}

QHttpServerResponse FollowUpRoutes::perform(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto body = jsonBody(ctx.request);
        if (!body)
            return error(body.error());
        protocol::JsonReader r(body.value());
        const auto action = r.enumeration<wire::FollowUpAction>(QStringLiteral("action"),
                                                                wire::followUpActionFromWire);
        const QString verificationId = r.string(QStringLiteral("verificationId"));
        if (!r.ok())
            return error(invalidField(r.error().message));
        return reply(m_followUps.perform(who.op, ctx.params.at(0), action, verificationId));
    });
}

} // namespace vd::server::http
