// SPDX-License-Identifier: MIT
// /api/v1/users and PATCH /api/v1/tokens/{serial}.
#pragma once

#include "directoryservice.h"
#include "router.h"
#include "sessionservice.h"

namespace vd::server::http {

class DirectoryRoutes {
public:
    DirectoryRoutes(SessionService &sessions, DirectoryService &directory);
    void install(Router &router);

private:
    QHttpServerResponse search(const RouteContext &ctx);
    QHttpServerResponse user(const RouteContext &ctx);
    QHttpServerResponse patchToken(const RouteContext &ctx);

    SessionService &m_sessions;
    DirectoryService &m_directory;
};

} // namespace vd::server::http
