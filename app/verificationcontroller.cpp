// SPDX-License-Identifier: MIT
// VerificationController (stub; implementation follows).
#include "verificationcontroller.h"

#include <QTimer>

namespace vd::app {

VerificationController::VerificationController(ApiClient *api, const Clock *clock,
                                               VerificationEventSource *, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_tickTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this)) {}
VerificationController::~VerificationController() = default;
void VerificationController::setTiming(const Timing &timing) {
    m_timing = timing;
}
VerificationController::Timing VerificationController::timingConfig() const {
    return m_timing;
}
void VerificationController::setAutoHideDelay(std::chrono::milliseconds delay) {
    m_timing.autoHideDelay = delay;
}
void VerificationController::start(const QString &, const QString &, const QString &,
                                   const std::optional<QString> &) {}
void VerificationController::cancel() {}
VerificationController::State VerificationController::state() const {
    return m_state;
}
VerificationController::Mode VerificationController::mode() const {
    return m_mode;
}
QString VerificationController::verificationNumber() const {
    return m_number;
}
QString VerificationController::userName() const {
    return m_userName;
}
QString VerificationController::tokenSerial() const {
    return m_tokenSerial;
}
QString VerificationController::userId() const {
    return m_userId;
}
QString VerificationController::statusText() const {
    return m_status;
}
QString VerificationController::countdownText() const {
    return m_countdown;
}
int VerificationController::remainingSeconds() const {
    return m_remaining;
}
QString VerificationController::resultText() const {
    return m_result;
}
QString VerificationController::recommendedAction() const {
    return m_action;
}
VerificationController::Severity VerificationController::severity() const {
    return m_severity;
}
QString VerificationController::reasonText() const {
    return m_reason;
}
QString VerificationController::verificationId() const {
    return m_id;
}
bool VerificationController::isReconnecting() const {
    return m_reconnecting;
}
bool VerificationController::isInFlight() const {
    return m_state == State::Sending || m_state == State::Waiting;
}
std::optional<wire::VerificationState> VerificationController::serverState() const {
    return m_serverState;
}
QString VerificationController::recommendedActionFor(wire::VerificationState) {
    return {};
}
QString VerificationController::reasonTextFor(wire::DispatchReason) {
    return {};
}
VerificationController::Severity VerificationController::severityFor(wire::VerificationState) {
    return Severity::None;
}
QString VerificationController::formatCountdown(int seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace vd::app
