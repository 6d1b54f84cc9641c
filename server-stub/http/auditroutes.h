// SPDX-License-Identifier: MIT
// /api/v1/audit/authentication and /api/v1/audit/operator (audit: view).
#pragma once

#include "router.h"
#include "sessionservice.h"
#include "store.h"

namespace vd::server::http {

class AuditRoutes {
public:
    AuditRoutes(SessionService &sessions, Store &store);
    void install(Router &router);

private:
    QHttpServerResponse list(const RouteContext &ctx, bool authentication);

    SessionService &m_sessions;
    Store &m_store;
};

} // namespace vd::server::http
