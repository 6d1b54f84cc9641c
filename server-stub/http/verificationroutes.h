// SPDX-License-Identifier: MIT
// /api/v1/verifications: send, poll, cancel.
#pragma once

#include "router.h"
#include "sessionservice.h"
#include "verificationbodies.h"
#include "verificationservice.h"

namespace vd::server::http {

class VerificationRoutes {
public:
    VerificationRoutes(SessionService &sessions, VerificationService &verifications);
    ~VerificationRoutes();
    VerificationRoutes(const VerificationRoutes &) = delete;
    VerificationRoutes &operator=(const VerificationRoutes &) = delete;
    void install(Router &router);

private:
    QHttpServerResponse create(const RouteContext &ctx);
    QHttpServerResponse get(const RouteContext &ctx);

    SessionService &m_sessions;
    VerificationService &m_verifications;
    VerificationBodies m_bodies;
    QMetaObject::Connection m_forgetOnChange;
};

} // namespace vd::server::http
