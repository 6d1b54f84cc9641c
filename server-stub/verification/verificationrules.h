// SPDX-License-Identifier: MIT
// The rules of the verification lifecycle as pure functions: which transitions exist, why a
// push cannot be dispatched, what a device answer means, and what a ticket may hold.
#pragma once

#include "dto.h"
#include "serviceerror.h"

#include <optional>

namespace vd::server::rules {

// pending → approved | denied | wrong_number | timed_out | cancelled; a new verification
// starts as pending or dispatch_failed. Terminal states never change.
bool canTransition(wire::VerificationState from, wire::VerificationState to);
bool isValidInitialState(wire::VerificationState s);

// The first that applies of token_inactive, push_disabled, push_otp_disabled; the push gateway
// then decides device_unreachable.
std::optional<wire::DispatchReason> dispatchBlocker(const protocol::Token &token,
                                                    const protocol::Policy &policy);

// What a device answer means for a pending verification. InvalidChoice when the choice was
// not offered, or a numeric approve came without one.
struct AnswerInput {
    wire::Mode mode = wire::Mode::NumericChallenge;
    QList<int> choices;
    int correct = 0;
    wire::DeviceAction action = wire::DeviceAction::Deny;
    std::optional<int> choice;
};
Result<wire::VerificationState> evaluateAnswer(const AnswerInput &in);

// May a follow-up action on a token rely on this verification? Only an approval by the same
// operator, for the token's user, completed within the policy's window (0 turns actions off).
bool followUpAllowed(const protocol::Verification &v, const QString &operatorName,
                     const QString &tokenUserId, int windowMinutes, const QDateTime &now);

// A ticket: optional, at most wire::MaxTicketLength printable characters (the rule the console
// checks too, wire::ticketProblem). Empty means none.
Result<std::optional<QString>> validateTicket(const std::optional<QString> &ticket);

} // namespace vd::server::rules
