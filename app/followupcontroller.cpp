// SPDX-License-Identifier: MIT
// FollowUpController: the window after an approval, per-action rules, the action calls.
#include "followupcontroller.h"

#include "clock.h"
#include "logcategories.h"
#include "verificationcontroller.h"

#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace vd::app {

using FA = wire::FollowUpAction;
using VS = wire::VerificationState;
using TS = wire::TokenState;

FollowUpController::FollowUpController(ApiClient *api, const Clock *clock,
                                       VerificationController *verification, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_verification(verification)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(DefaultTick);
    connect(m_timer, &QTimer::timeout, this, &FollowUpController::tick);
    if (verification) {
        connect(verification, &VerificationController::stateChanged, this,
                &FollowUpController::onStateChanged);
        connect(verification, &VerificationController::finished, this,
                &FollowUpController::onFinished);
    }
}

FollowUpController::~FollowUpController() {
    if (m_call && m_api)
        m_api->cancel(m_call);
}

void FollowUpController::setToken(const protocol::Token &token) {
    m_token = token;
    update();
}

void FollowUpController::setWindowMinutes(int minutes) {
    // The server checks every action against the policy as it is then, so a changed window
    // moves the end of the current one too.
    m_windowMinutes = std::clamp(minutes, 0, 1440);
    update();
}

void FollowUpController::setPermissions(const protocol::Permissions &permissions) {
    m_permissions = permissions;
    m_permissionsKnown = true;
    update();
}

void FollowUpController::setTickInterval(std::chrono::milliseconds interval) {
    m_timer->setInterval(interval);
}

void FollowUpController::onStateChanged() {
    using State = VerificationController::State;
    switch (m_verification->state()) {
    case State::Sending:
    case State::Waiting:
        // The latest verification decides: a new one replaces the approval before it.
        m_approval.reset();
        m_lock = Lock::InProgress;
        m_started = true;
        break;
    case State::Error:
        if (m_started)
            m_lock = Lock::NotSent;
        m_started = false;
        break;
    case State::Hidden:
        if (m_started) // hidden before any outcome: the operator cancelled it
            m_lock = Lock::Cancelled;
        m_started = false;
        break;
    case State::Result:
        break; // finished() carries the outcome
    }
    update();
}

void FollowUpController::onFinished(const protocol::Verification &v) {
    m_started = false;
    const bool sameToken = m_token.serial.isEmpty() || v.tokenSerial == m_token.serial;
    if (v.state == VS::Approved && v.completedAt && sameToken) {
        m_approval = v;
        qCInfo(lcVerify) << "follow-up actions unlocked by" << v.id;
    } else {
        m_approval.reset();
        m_lock = v.state == VS::DispatchFailed ? Lock::NotSent : Lock::Failed;
    }
    update();
}

FollowUpController::Lock FollowUpController::lock() const {
    if (m_permissionsKnown && m_permissions.authenticationMethods != wire::Permission::Edit)
        return Lock::NoPermission;
    if (m_windowMinutes <= 0)
        return Lock::TurnedOff;
    return verificationLock();
}

FollowUpController::Lock FollowUpController::verificationLock() const {
    return m_approval && m_remaining > 0 ? Lock::None : m_lock;
}

std::optional<QDateTime> FollowUpController::unlockedUntil() const {
    if (!m_approval)
        return std::nullopt;
    return m_approval->completedAt->addSecs(qint64(m_windowMinutes) * 60);
}

void FollowUpController::tick() {
    update();
}

void FollowUpController::update() {
    m_remaining = -1;
    if (const auto until = unlockedUntil(); until && m_windowMinutes > 0) {
        // A console clock behind the server's must not stretch the window past its length.
        const qint64 ms = std::min(m_clock->now().msecsTo(*until), qint64(m_windowMinutes) * 60000);
        if (ms > 0) {
            m_remaining = int((ms + 999) / 1000);
        } else {
            qCInfo(lcVerify) << "follow-up window of" << m_approval->id << "ended";
            m_approval.reset();
            m_lock = Lock::Expired;
        }
    }
    const bool counting = m_approval.has_value() && m_windowMinutes > 0;
    if (counting && !m_timer->isActive())
        m_timer->start();
    else if (!counting)
        m_timer->stop();
    Q_EMIT changed();
}

QString FollowUpController::statusText() const {
    switch (lock()) {
    case Lock::None:
        return tr("Identity confirmed at %1. These actions are unlocked for the rest of the "
                  "follow-up window.")
            .arg(QLocale().toString(m_approval->completedAt->toLocalTime().time(),
                                    QStringLiteral("HH:mm:ss")));
    case Lock::NotVerified:
        return tr("Locked until the caller is verified. An approved push unlocks these actions "
                  "for %n minute(s).",
                  nullptr, m_windowMinutes);
    case Lock::InProgress:
        return tr("Locked while the verification is in progress.");
    case Lock::Failed:
        return tr("Locked: the last verification did not confirm the caller's identity. Do not "
                  "proceed; verify again or escalate.");
    case Lock::Cancelled:
        return tr("Locked: the last verification was cancelled. Verify the caller again to "
                  "unlock.");
    case Lock::NotSent:
        return tr("Locked: the push could not be sent. Verify the caller again to unlock.");
    case Lock::Expired:
        return tr("Locked: the %n-minute window after the approval has ended. Verify the caller "
                  "again to unlock.",
                  nullptr, m_windowMinutes);
    case Lock::Refused:
        return tr("Locked: the server no longer accepts this approval. Verify the caller again "
                  "to unlock.");
    case Lock::TurnedOff:
        return tr("Follow-up actions are turned off in the policy (follow-up window 0 minutes).");
    case Lock::NoPermission:
        return tr("You need Edit access to Authentication Methods to change this token.");
    }
    return {};
}

QString FollowUpController::remainingText() const {
    return isUnlocked() ? VerificationController::formatCountdown(m_remaining) : QString();
}

QString FollowUpController::approvedVerificationId() const {
    return m_approval ? m_approval->id : QString();
}

QList<wire::FollowUpAction> FollowUpController::actions() {
    return {FA::Revoke, FA::Suspend, FA::Resume, FA::ResetPin};
}

QString FollowUpController::actionLabel(wire::FollowUpAction action) {
    switch (action) {
    case FA::Revoke:
        return tr("Revoke");
    case FA::Suspend:
        return tr("Suspend");
    case FA::Resume:
        return tr("Resume");
    case FA::ResetPin:
        return tr("Reset PIN");
    }
    return {};
}

QString FollowUpController::tokenReason(wire::FollowUpAction action) const {
    const TS state = m_token.state;
    switch (action) {
    case FA::Revoke:
        return state == TS::Revoked ? tr("The token is already revoked.") : QString();
    case FA::Suspend:
        if (state == TS::Suspended)
            return tr("The token is already suspended.");
        return state == TS::Revoked ? tr("A revoked token cannot be suspended.") : QString();
    case FA::Resume:
        if (state == TS::Active)
            return tr("The token is active; only a suspended token can be resumed.");
        return state == TS::Revoked ? tr("A revoked token cannot be resumed.") : QString();
    case FA::ResetPin:
        return state == TS::Revoked ? tr("A revoked token has no PIN to reset.") : QString();
    }
    return {};
}

bool FollowUpController::isEnabled(wire::FollowUpAction action) const {
    return isUnlocked() && !isBusy() && tokenReason(action).isEmpty();
}

QString FollowUpController::toolTip(wire::FollowUpAction action) const {
    if (!isUnlocked())
        return statusText();
    if (const QString why = tokenReason(action); !why.isEmpty())
        return why;
    switch (action) {
    case FA::Revoke:
        return tr("Revoke %1 for good (asks first)").arg(m_token.serial);
    case FA::Suspend:
        return tr("Suspend %1 until it is resumed (asks first)").arg(m_token.serial);
    case FA::Resume:
        return tr("Let %1 work again (asks first)").arg(m_token.serial);
    case FA::ResetPin:
        return tr("Reset the PIN of %1 (asks first)").arg(m_token.serial);
    }
    return {};
}

QString FollowUpController::confirmationTitle(wire::FollowUpAction action) const {
    switch (action) {
    case FA::Revoke:
        return tr("Revoke token %1?").arg(m_token.serial);
    case FA::Suspend:
        return tr("Suspend token %1?").arg(m_token.serial);
    case FA::Resume:
        return tr("Resume token %1?").arg(m_token.serial);
    case FA::ResetPin:
        return tr("Reset the PIN of %1?").arg(m_token.serial);
    }
    return {};
}

QString FollowUpController::confirmationText(wire::FollowUpAction action) const {
    const QString user = m_approval ? m_approval->userName : QString();
    QString effect;
    switch (action) {
    case FA::Revoke:
        effect = tr("%1 of %2 stops working for good; a new token is needed to sign in again.")
                     .arg(m_token.serial, user);
        break;
    case FA::Suspend:
        effect = tr("%1 of %2 stops working until it is resumed.").arg(m_token.serial, user);
        break;
    case FA::Resume:
        effect = tr("%1 of %2 works again.").arg(m_token.serial, user);
        break;
    case FA::ResetPin:
        effect = tr("%1 sets a new PIN the next time they use %2.").arg(user, m_token.serial);
        break;
    }
    return tr("%1\n\nThis is recorded in Operator Activity with the verification that allowed "
              "it.")
        .arg(effect);
}

void FollowUpController::perform(wire::FollowUpAction action) {
    if (!m_api || !isEnabled(action))
        return;
    m_lastMessage.clear();
    m_call = m_api->tokenAction(
        m_token.serial, action, m_approval->id, this,
        [this, action](const ApiResult<protocol::Token> &r) { onDone(action, r); });
    Q_EMIT changed();
}

void FollowUpController::onDone(wire::FollowUpAction action, const ApiResult<protocol::Token> &r) {
    m_call = 0;
    if (r) {
        m_token = r.value();
        m_lastFailed = false;
        switch (action) {
        case FA::Revoke:
            m_lastMessage = tr("Token %1 revoked.").arg(m_token.serial);
            break;
        case FA::Suspend:
            m_lastMessage = tr("Token %1 suspended.").arg(m_token.serial);
            break;
        case FA::Resume:
            m_lastMessage = tr("Token %1 resumed.").arg(m_token.serial);
            break;
        case FA::ResetPin:
            m_lastMessage = tr("PIN of %1 reset.").arg(m_token.serial);
            break;
        }
        update();
        Q_EMIT actionSucceeded(action, m_token);
        return;
    }
    m_lastFailed = true;
    m_lastMessage = r.failure().message;
    if (r.failure().code == QLatin1String(wire::error::VerificationRequired)) {
        // The server is the judge (its clock, its policy): lock as it says.
        m_approval.reset();
        m_lock = Lock::Refused;
    }
    update();
    Q_EMIT actionFailed(action, m_lastMessage);
}

} // namespace vd::app
