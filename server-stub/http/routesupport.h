// SPDX-License-Identifier: MIT
// What every protected route does first: authenticate the operator (401 before anything else).
#pragma once

#include "httpresponses.h"
#include "router.h"
#include "sessionservice.h"

namespace vd::server::http {

inline Result<AuthenticatedOperator> authenticateOperator(SessionService &sessions,
                                                          const RouteContext &ctx) {
    return sessions.authenticate(ctx.request.value(QByteArrayLiteral("Authorization")));
}

// Runs body(who) for an authenticated operator; answers 401 otherwise.
template <typename F>
QHttpServerResponse withOperator(SessionService &sessions, const RouteContext &ctx, F &&body) {
    auto who = authenticateOperator(sessions, ctx);
    if (!who)
        return error(who.error());
    return body(who.value());
}

} // namespace vd::server::http
