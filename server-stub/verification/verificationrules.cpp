// SPDX-License-Identifier: MIT
// Lifecycle rules, kept free of storage and transport so that each is unit-tested.
#include "verificationrules.h"

namespace vd::server::rules {

using VS = wire::VerificationState;

bool canTransition(VS from, VS to) {
    if (from != VS::Pending)
        return false;
    switch (to) {
    case VS::Approved:
    case VS::Denied:
    case VS::WrongNumber:
    case VS::TimedOut:
    case VS::Cancelled:
        return true;
    case VS::Pending:
    case VS::DispatchFailed: // decided at creation, never later
        return false;
    }
    return false;
}

bool isValidInitialState(VS s) {
    return s == VS::Pending || s == VS::DispatchFailed;
}

std::optional<wire::DispatchReason> dispatchBlocker(const protocol::Token &token,
                                                    const protocol::Policy &policy) {
    if (token.state != wire::TokenState::Active)
        return wire::DispatchReason::TokenInactive;
    if (!token.pushEnabled)
        return wire::DispatchReason::PushDisabled;
    if (!policy.pushOtpEnabled)
        return wire::DispatchReason::PushOtpDisabled;
    return std::nullopt; // device_unreachable is the push gateway's to say
}

Result<VS> evaluateAnswer(const AnswerInput &in) {
    if (in.action == wire::DeviceAction::Deny)
        return VS::Denied;
    if (in.mode == wire::Mode::PlainPush)
        return VS::Approved;
    if (!in.choice)
        return ServiceError::make(
            ErrorKind::Unprocessable, wire::error::InvalidChoice,
            QStringLiteral("Approving a numeric challenge needs a 'choice'."));
    if (!in.choices.contains(*in.choice))
        return ServiceError::make(ErrorKind::Unprocessable, wire::error::InvalidChoice,
                                  QStringLiteral("The choice %1 was not offered.").arg(*in.choice));
    return *in.choice == in.correct ? VS::Approved : VS::WrongNumber;
}

bool followUpAllowed(const protocol::Verification &v, const QString &operatorName,
                     const QString &tokenUserId, int windowMinutes, const QDateTime &now) {
    if (v.state != VS::Approved || !v.completedAt || windowMinutes <= 0)
        return false;
    if (v.operatorName != operatorName || v.userId != tokenUserId)
        return false;
    return *v.completedAt <= now && v.completedAt->addSecs(qint64(windowMinutes) * 60) > now;
}

Result<std::optional<QString>> validateTicket(const std::optional<QString> &ticket) {
    if (!ticket || ticket->trimmed().isEmpty())
        return std::optional<QString>();
    switch (wire::ticketProblem(*ticket)) {
    case wire::TicketProblem::TooLong:
        return ServiceError::invalidField(
            QStringLiteral("field 'ticket' must be at most %1 characters")
                .arg(wire::MaxTicketLength));
    case wire::TicketProblem::NotPrintable:
        return ServiceError::invalidField(
            QStringLiteral("field 'ticket' must hold printable characters only"));
    case wire::TicketProblem::None:
        break;
    }
    return std::optional<QString>(ticket->trimmed());
}

} // namespace vd::server::rules
