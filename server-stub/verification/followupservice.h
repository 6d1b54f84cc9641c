// SPDX-License-Identifier: MIT
// Follow-up actions that a fresh approval unlocks (revoke, suspend, resume, reset PIN): the
// verification must count, not just advise.
#pragma once

#include "clock.h"
#include "store.h"

namespace vd::server {

class FollowUpService {
public:
    FollowUpService(Store &store, Clock clock);

    // The token after the action; 403 verification_required unless the gate holds.
    Result<protocol::Token> perform(const OperatorRecord &op, const QString &serial,
                                    wire::FollowUpAction action, const QString &verificationId);

private:
    Store &m_store;
    Clock m_clock;
};

} // namespace vd::server
