// SPDX-License-Identifier: MIT
// Wire strings of API.md: one place, shared by the server, the console and the device.
#pragma once

#include <QString>
#include <optional>

namespace vd::wire {

enum class VerificationState {
    Pending,
    Approved,
    Denied,
    WrongNumber,
    TimedOut,
    DispatchFailed,
    Cancelled
};
enum class Mode { NumericChallenge, PlainPush };
enum class TokenType { MobilePassPlus, Hardware, Password, Sms };
enum class TokenState { Active, Suspended, Revoked };
enum class Permission { None, View, Edit };
enum class DispatchReason { TokenInactive, PushDisabled, PushOtpDisabled, DeviceUnreachable };
enum class DeviceAction { Approve, Deny };
enum class FollowUpAction { Revoke, Suspend, Resume, ResetPin };

QString toWire(VerificationState s);
QString toWire(Mode m);
QString toWire(TokenType t);
QString toWire(TokenState s);
QString toWire(Permission p);
QString toWire(DispatchReason r);
QString toWire(DeviceAction a);
QString toWire(FollowUpAction a);

std::optional<VerificationState> verificationStateFromWire(const QString &s);
std::optional<Mode> modeFromWire(const QString &s);
std::optional<TokenType> tokenTypeFromWire(const QString &s);
std::optional<TokenState> tokenStateFromWire(const QString &s);
std::optional<Permission> permissionFromWire(const QString &s);
std::optional<DispatchReason> dispatchReasonFromWire(const QString &s);
std::optional<DeviceAction> deviceActionFromWire(const QString &s);
std::optional<FollowUpAction> followUpActionFromWire(const QString &s);

bool isTerminal(VerificationState s);

// Operator audit action type of a follow-up action (TokenRevoke, TokenSuspend, TokenResume,
// PinReset).
QString auditActionType(FollowUpAction a);

// Error codes (API.md "Errors").
namespace error {
inline constexpr auto InvalidJson = "invalid_json";
inline constexpr auto InvalidField = "invalid_field";
inline constexpr auto Unauthenticated = "unauthenticated";
inline constexpr auto InvalidCredentials = "invalid_credentials";
inline constexpr auto InvalidActivationCode = "invalid_activation_code";
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto FeatureDisabled = "feature_disabled";
inline constexpr auto VerificationRequired = "verification_required";
inline constexpr auto NotFound = "not_found";
inline constexpr auto MethodNotAllowed = "method_not_allowed";
inline constexpr auto VerificationPending = "verification_pending";
inline constexpr auto AlreadyFinished = "already_finished";
inline constexpr auto RequestClosed = "request_closed";
inline constexpr auto PayloadTooLarge = "payload_too_large";
// Refusals of the server's connection guard, before any route runs.
inline constexpr auto InvalidRequest = "invalid_request";
inline constexpr auto HeadersTooLarge = "headers_too_large";
inline constexpr auto RequestTimeout = "request_timeout";
inline constexpr auto ServerBusy = "server_busy";
inline constexpr auto UnsupportedMediaType = "unsupported_media_type";
inline constexpr auto NotPushCapable = "not_push_capable";
inline constexpr auto InvalidChoice = "invalid_choice";
inline constexpr auto RateLimited = "rate_limited";
inline constexpr auto Internal = "internal_error";
} // namespace error

// Event and message types.
inline constexpr auto EventVerificationUpdated = "verification.updated";
inline constexpr auto MessagePushRequest = "push.request";
inline constexpr auto MessagePushResponse = "push.response";

// Audit texts (binding; the dash is U+2014).
QString authAuditMessage(VerificationState outcome); // empty for states without an entry
QString authAuditResult(VerificationState outcome);  // "Success" | "Failure"
inline constexpr auto ActionTypeHelpdeskPush = "HelpdeskPushVerification";
inline constexpr auto PhaseDispatch = "dispatch";
inline constexpr auto PhaseOutcome = "outcome";
inline constexpr auto ResourceNameHelpdesk = "Helpdesk push verification";
inline constexpr auto AuthResultSuccess = "Success";
inline constexpr auto AuthResultFailure = "Failure";
// Operator entries of settings changes (their message names each field, old → new).
inline constexpr auto ActionTypePolicyChange = "PolicyChange";
inline constexpr auto ActionTypeAccountChange = "AccountChange";

// Ticket references (API.md `ticket`): optional, at most 64 printable characters once
// trimmed; an empty or blank ticket means none.
inline constexpr int MaxTicketLength = 64;
enum class TicketProblem { None, TooLong, NotPrintable };
TicketProblem ticketProblem(const QString &ticket);

// Result texts the console shows (binding, API.md).
QString resultText(VerificationState outcome); // empty for pending / cancelled

} // namespace vd::wire
