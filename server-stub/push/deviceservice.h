// SPDX-License-Identifier: MIT
// Device enrolment: single-use activation codes (10 min) and device tokens, both stored hashed.
#pragma once

#include "clock.h"
#include "store.h"

namespace vd::server {

class DeviceService {
public:
    static constexpr int ActivationCodeMinutes = 10;
    DeviceService(Store &store, Clock clock);

    Result<QString> createActivationCode(const OperatorRecord &op, const QString &serial);
    // The new device token (replacing any earlier device of that token).
    Result<QString> activate(const QString &serial, const QString &activationCode);
    Result<TokenRecord> authenticate(const QByteArray &authorizationHeader);

private:
    Store &m_store;
    Clock m_clock;
};

} // namespace vd::server
