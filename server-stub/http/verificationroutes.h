// SPDX-License-Identifier: MIT
// /api/v1/verifications: send, poll, cancel.
#pragma once

#include "router.h"
#include "sessionservice.h"
#include "verificationservice.h"

namespace vd::server::http {

class VerificationRoutes {
public:
    VerificationRoutes(SessionService &sessions, VerificationService &verifications);
    void install(Router &router);

private:
    QHttpServerResponse create(const RouteContext &ctx);

    SessionService &m_sessions;
    VerificationService &m_verifications;
};

} // namespace vd::server::http
