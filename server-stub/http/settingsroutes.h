// SPDX-License-Identifier: MIT
// /api/v1/policy and /api/v1/account.
#pragma once

#include "router.h"
#include "sessionservice.h"
#include "settingsservice.h"

namespace vd::server::http {

class SettingsRoutes {
public:
    SettingsRoutes(SessionService &sessions, SettingsService &settings);
    void install(Router &router);

private:
    QHttpServerResponse putPolicy(const RouteContext &ctx);
    QHttpServerResponse putAccount(const RouteContext &ctx);

    SessionService &m_sessions;
    SettingsService &m_settings;
};

} // namespace vd::server::http
