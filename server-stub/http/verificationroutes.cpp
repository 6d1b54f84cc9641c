// SPDX-License-Identifier: MIT
// Verification routes; the lifecycle itself is VerificationService's.
#include "verificationroutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"
#include "verificationrules.h"

namespace vd::server::http {

VerificationRoutes::VerificationRoutes(SessionService &sessions, VerificationService &verifications)
    : m_sessions(sessions)
    , m_verifications(verifications) {
    m_forgetOnChange =
        QObject::connect(&m_verifications, &VerificationService::changed, &m_verifications,
                         [this](const protocol::Verification &v) { m_bodies.forget(v.id); });
}

VerificationRoutes::~VerificationRoutes() {
    QObject::disconnect(m_forgetOnChange);
}

void VerificationRoutes::install(Router &router) {
    router.add(Router::Method::Post, QStringLiteral("/api/v1/verifications"),
               [this](const RouteContext &c) { return create(c); });
    router.add(Router::Method::Get, QStringLiteral("/api/v1/verifications/{}"),
               [this](const RouteContext &c) { return get(c); });
    router.add(Router::Method::Delete, QStringLiteral("/api/v1/verifications/{}"),
               [this](const RouteContext &c) {
                   return withOperator(m_sessions, c, [&](const AuthenticatedOperator &who) {
                       auto s = m_verifications.cancel(who.op, c.params.at(0));
                       return s ? noContent() : error(s.error());
                   });
               });
}

QHttpServerResponse VerificationRoutes::create(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto body = jsonBody(ctx.request);
        if (!body)
            return error(body.error());
        protocol::JsonReader r(body.value());
        const QString userId = r.string(QStringLiteral("userId"));
        const QString serial = r.string(QStringLiteral("tokenSerial"));
        const auto rawTicket = r.optionalString(QStringLiteral("ticket"));
        if (r.ok() && userId.isEmpty())
            r.fail(QStringLiteral("userId"), QStringLiteral("must not be empty"));
        if (r.ok() && serial.isEmpty())
            r.fail(QStringLiteral("tokenSerial"), QStringLiteral("must not be empty"));
        if (!r.ok())
            return error(invalidField(r.error().message));
        auto ticket = rules::validateTicket(rawTicket);
        if (!ticket)
            return error(ticket.error());
        return reply(m_verifications.create(who.op, userId, serial, ticket.value()),
                     HttpStatus::Created);
    });
}

QHttpServerResponse VerificationRoutes::get(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto v = m_verifications.get(who.op, ctx.params.at(0));
        if (!v)
            return error(v.error());
        return json(m_bodies.body(v.value()));
    });
}

} // namespace vd::server::http
