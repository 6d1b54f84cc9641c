// SPDX-License-Identifier: MIT
// /api/v1/session: sign-in, the current session, sign-out.
#pragma once

#include "router.h"
#include "sessionservice.h"
#include "settingsservice.h"

namespace vd::server::http {

class SessionRoutes {
public:
    SessionRoutes(SessionService &sessions, SettingsService &settings);
    void install(Router &router);

private:
    QHttpServerResponse create(const RouteContext &ctx);
    QHttpServerResponse current(const RouteContext &ctx);
    QHttpServerResponse remove(const RouteContext &ctx);
    Result<protocol::SessionInfo> describe(const AuthenticatedOperator &who,
                                           const QDateTime &expiresAt);

    SessionService &m_sessions;
    SettingsService &m_settings;
};

} // namespace vd::server::http
