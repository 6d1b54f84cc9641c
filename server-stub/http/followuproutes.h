// SPDX-License-Identifier: MIT
// POST /api/v1/tokens/{serial}/actions: verified follow-up actions.
#pragma once

#include "followupservice.h"
#include "router.h"
#include "sessionservice.h"

namespace vd::server::http {

class FollowUpRoutes {
public:
    FollowUpRoutes(SessionService &sessions, FollowUpService &followUps);
    void install(Router &router);

private:
    QHttpServerResponse perform(const RouteContext &ctx);

    SessionService &m_sessions;
    FollowUpService &m_followUps;
};

} // namespace vd::server::http
