// SPDX-License-Identifier: MIT
// Where a push goes. The device channel (WebSocket + polled open requests) is today's
// implementation; a mobile push provider would be another.
#pragma once

#include "dto.h"
#include "records.h"

#include <optional>

namespace vd::server {

class PushGateway {
public:
    virtual ~PushGateway() = default;
    // nullopt when a push to this token can be handed over; otherwise why it cannot.
    virtual std::optional<wire::DispatchReason> reachability(const TokenRecord &token) const = 0;
    // Hands the request over (best effort: a device that is not connected polls for it).
    virtual void deliver(const TokenRecord &token, const protocol::PushRequest &request) = 0;
};

} // namespace vd::server
