// SPDX-License-Identifier: MIT
// Device enrolment and the polled device channel (/device/v1/*, and the operator's
// POST /api/v1/tokens/{serial}/activation).
#pragma once

#include "deviceservice.h"
#include "router.h"
#include "sessionservice.h"
#include "verificationservice.h"

namespace vd::server::http {

class DeviceRoutes {
public:
    DeviceRoutes(SessionService &sessions, DeviceService &devices,
                 VerificationService &verifications);
    void install(Router &router);

    // Decodes {"action","choice"?} of a device answer (HTTP body or WebSocket message).
    struct Answer {
        wire::DeviceAction action = wire::DeviceAction::Deny;
        std::optional<int> choice;
    };
    static Result<Answer> parseAnswer(const QJsonObject &o);

private:
    QHttpServerResponse activationCode(const RouteContext &ctx);
    QHttpServerResponse activate(const RouteContext &ctx);
    QHttpServerResponse requests(const RouteContext &ctx);
    QHttpServerResponse respond(const RouteContext &ctx);

    SessionService &m_sessions;
    DeviceService &m_devices;
    VerificationService &m_verifications;
};

} // namespace vd::server::http
