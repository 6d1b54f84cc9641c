// SPDX-License-Identifier: MIT
#include "wire.h"

#include <array>
#include <utility>

namespace vd::wire {
namespace {

template <typename E, std::size_t N>
QString lookup(const std::array<std::pair<E, const char *>, N> &table, E value) {
    for (const auto &[e, s] : table) {
        if (e == value)
            return QString::fromLatin1(s);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> reverse(const std::array<std::pair<E, const char *>, N> &table, const QString &s) {
    for (const auto &[e, w] : table) {
        if (s == QLatin1String(w))
            return e;
    }
    return std::nullopt;
}

using VS = VerificationState;
constexpr std::array<std::pair<VS, const char *>, 7> kStates{{
    {VS::Pending, "pending"},
    {VS::Approved, "approved"},
    {VS::Denied, "denied"},
    {VS::WrongNumber, "wrong_number"},
    {VS::TimedOut, "timed_out"},
    {VS::DispatchFailed, "dispatch_failed"},
    {VS::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<Mode, const char *>, 2> kModes{{
    {Mode::NumericChallenge, "numeric_challenge"},
    {Mode::PlainPush, "plain_push"},
}};
constexpr std::array<std::pair<TokenType, const char *>, 4> kTokenTypes{{
    {TokenType::MobilePassPlus, "mobilepass_plus"},
    {TokenType::Hardware, "hardware"},
    {TokenType::Password, "password"},
    {TokenType::Sms, "sms"},
}};
constexpr std::array<std::pair<TokenState, const char *>, 3> kTokenStates{{
    {TokenState::Active, "active"},
    {TokenState::Suspended, "suspended"},
    {TokenState::Revoked, "revoked"},
}};
constexpr std::array<std::pair<Permission, const char *>, 3> kPermissions{{
    {Permission::None, "none"},
    {Permission::View, "view"},
    {Permission::Edit, "edit"},
}};
constexpr std::array<std::pair<DispatchReason, const char *>, 4> kReasons{{
    {DispatchReason::TokenInactive, "token_inactive"},
    {DispatchReason::PushDisabled, "push_disabled"},
    {DispatchReason::PushOtpDisabled, "push_otp_disabled"},
    {DispatchReason::DeviceUnreachable, "device_unreachable"},
}};
constexpr std::array<std::pair<DeviceAction, const char *>, 2> kDeviceActions{{
    {DeviceAction::Approve, "approve"},
    {DeviceAction::Deny, "deny"},
}};
constexpr std::array<std::pair<FollowUpAction, const char *>, 4> kFollowUps{{
    {FollowUpAction::Revoke, "revoke"},
    {FollowUpAction::Suspend, "suspend"},
    {FollowUpAction::Resume, "resume"},
    {FollowUpAction::ResetPin, "reset_pin"},
}};
constexpr std::array<std::pair<FollowUpAction, const char *>, 4> kFollowUpAudit{{
    {FollowUpAction::Revoke, "TokenRevoke"},
    {FollowUpAction::Suspend, "TokenSuspend"},
    {FollowUpAction::Resume, "TokenResume"},
    {FollowUpAction::ResetPin, "PinReset"},
}};

} // namespace

QString toWire(VerificationState s) {
    return lookup(kStates, s);
}
QString toWire(Mode m) {
    return lookup(kModes, m);
}
QString toWire(TokenType t) {
    return lookup(kTokenTypes, t);
}
QString toWire(TokenState s) {
    return lookup(kTokenStates, s);
}
QString toWire(Permission p) {
    return lookup(kPermissions, p);
}
QString toWire(DispatchReason r) {
    return lookup(kReasons, r);
}
QString toWire(DeviceAction a) {
    return lookup(kDeviceActions, a);
}
QString toWire(FollowUpAction a) {
    return lookup(kFollowUps, a);
}

std::optional<VerificationState> verificationStateFromWire(const QString &s) {
    return reverse(kStates, s);
}
std::optional<Mode> modeFromWire(const QString &s) {
    return reverse(kModes, s);
}
std::optional<TokenType> tokenTypeFromWire(const QString &s) {
    return reverse(kTokenTypes, s);
}
std::optional<TokenState> tokenStateFromWire(const QString &s) {
    return reverse(kTokenStates, s);
}
std::optional<Permission> permissionFromWire(const QString &s) {
    return reverse(kPermissions, s);
}
std::optional<DispatchReason> dispatchReasonFromWire(const QString &s) {
    return reverse(kReasons, s);
}
std::optional<DeviceAction> deviceActionFromWire(const QString &s) {
    return reverse(kDeviceActions, s);
}
std::optional<FollowUpAction> followUpActionFromWire(const QString &s) {
    return reverse(kFollowUps, s);
}

QString auditActionType(FollowUpAction a) {
    return lookup(kFollowUpAudit, a);
}

bool isTerminal(VerificationState s) {
    return s != VerificationState::Pending;
}

QString authAuditMessage(VerificationState outcome) {
    const QString prefix = QStringLiteral("Login from Helpdesk push verification \u2014 ");
    switch (outcome) {
    case VS::Approved:
        return prefix + QStringLiteral("approved");
    case VS::Denied:
        return prefix + QStringLiteral("denied");
    case VS::WrongNumber:
        return prefix + QStringLiteral("wrong number selected");
    case VS::TimedOut:
        return prefix + QStringLiteral("timed out");
    default:
        return {};
    }
}

QString authAuditResult(VerificationState outcome) {
    return outcome == VS::Approved ? QStringLiteral("Success") : QStringLiteral("Failure");
}

TicketProblem ticketProblem(const QString &ticket) {
    const QString t = ticket.trimmed();
    if (t.size() > MaxTicketLength)
        return TicketProblem::TooLong;
    for (const QChar c : t) {
        if (!c.isPrint())
            return TicketProblem::NotPrintable;
    }
    return TicketProblem::None;
}

QString resultText(VerificationState outcome) {
    // Marked for lupdate (context "vd::wire"); the console shows them through
    // QCoreApplication::translate, the server and the audit keep this English text.
    switch (outcome) {
    case VS::Approved:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "vd::wire",
            "User Authenticated — Service team can proceed with password/privilege changes."));
    case VS::WrongNumber:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "vd::wire",
            "Authentication Failed — Wrong number selected. Service team should NOT proceed."));
    case VS::Denied:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "vd::wire", "Authentication Failed — Service team should NOT proceed."));
    case VS::TimedOut:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "vd::wire",
            "Push authentication timed out. Please escalate to next verification tier."));
    case VS::DispatchFailed:
        return QString::fromUtf8(QT_TRANSLATE_NOOP(
            "vd::wire", "Failed to send push notification. Please check the token configuration "
                        "and try again."));
    default:
        return {};
    }
}

} // namespace vd::wire
