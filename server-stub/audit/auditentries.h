// SPDX-License-Identifier: MIT
// Builds the audit entries of API.md for each step of a verification, so the service and the
// pairing invariant test share one definition of what is written.
#pragma once

#include "dto.h"

namespace vd::server::audit {

// Operator entry (phase dispatch) written when the verification is created.
protocol::OperatorAuditEntry dispatchEntry(const protocol::Verification &v);
// Operator entry (phase outcome) for approved, denied, wrong_number, timed_out, dispatch_failed.
protocol::OperatorAuditEntry outcomeEntry(const protocol::Verification &v,
                                          wire::VerificationState outcome, const QDateTime &at);
// Authentication entry for approved, denied, wrong_number, timed_out.
protocol::AuthAuditEntry authenticationEntry(const protocol::Verification &v,
                                             wire::VerificationState outcome, const QDateTime &at);

// Does this terminal state get an outcome entry / an authentication entry?
bool hasOutcomeEntry(wire::VerificationState s);
bool hasAuthenticationEntry(wire::VerificationState s);

} // namespace vd::server::audit
