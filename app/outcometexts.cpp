// SPDX-License-Identifier: MIT
// The words of an outcome: the spec's recommended actions, dispatch reasons, short statuses.
#include "outcometexts.h"

namespace vd::app {

using wire::VerificationState;

QString OutcomeTexts::recommendedAction(VerificationState outcome) {
    // The "Recommended action" column of the spec, word for word.
    switch (outcome) {
    case VerificationState::Approved:
        return tr("Identity confirmed. You may proceed with the requested change.");
    case VerificationState::WrongNumber:
        return tr("Do not perform the requested change. Treat as a failed verification and "
                  "follow your escalation procedure.");
    case VerificationState::Denied:
        return tr("Do not perform the requested change. Confirm with the caller whether they "
                  "actually have the device, and follow your escalation procedure.");
    case VerificationState::TimedOut:
        return tr("Do not perform the requested change. Use an alternative verification method "
                  "(for example, a knowledge-based question or an SMS one-time passcode).");
    case VerificationState::DispatchFailed:
        return tr("Verify that push is enabled for the token and that the user's device is "
                  "online, then try again.");
    case VerificationState::Pending:
    case VerificationState::Cancelled:
        break;
    }
    return {};
}

QString OutcomeTexts::dispatchReason(wire::DispatchReason reason) {
    switch (reason) {
    case wire::DispatchReason::TokenInactive:
        return tr("The token is not active (it is suspended or revoked).");
    case wire::DispatchReason::PushDisabled:
        return tr("Push is disabled for this token.");
    case wire::DispatchReason::PushOtpDisabled:
        return tr("Push OTP is disabled on the virtual server.");
    case wire::DispatchReason::DeviceUnreachable:
        return tr("The user's device is not registered or not reachable.");
    }
    return {};
}

QString OutcomeTexts::status(VerificationState outcome) {
    switch (outcome) {
    case VerificationState::Approved:
        return tr("Approved");
    case VerificationState::Denied:
        return tr("Denied");
    case VerificationState::WrongNumber:
        return tr("Wrong number selected");
    case VerificationState::TimedOut:
        return tr("Timed out");
    case VerificationState::DispatchFailed:
        return tr("Not sent");
    case VerificationState::Pending:
    case VerificationState::Cancelled:
        break;
    }
    return {};
}

} // namespace vd::app
