// SPDX-License-Identifier: MIT
// VerificationController: the panel's states, countdown, polling, events, cancel, auto-hide.
#include "verificationcontroller.h"

#include "clock.h"
#include "logcategories.h"
#include "outcometexts.h"
#include "verificationeventsource.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace vd::app {

using protocol::Verification;
using wire::VerificationState;

namespace {
constexpr qsizetype MaxEarlyEvents = 16;
}

VerificationController::VerificationController(ApiClient *api, const Clock *clock,
                                               VerificationEventSource *events, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_tickTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this)) {
    m_tickTimer->setSingleShot(true);
    m_tickTimer->setTimerType(Qt::PreciseTimer);
    m_pollTimer->setSingleShot(true);
    connect(m_tickTimer, &QTimer::timeout, this, &VerificationController::tick);
    connect(m_pollTimer, &QTimer::timeout, this, &VerificationController::poll);
    if (events)
        connect(events, &VerificationEventSource::verificationUpdated, this,
                &VerificationController::onEvent);
}

VerificationController::~VerificationController() {
    // Closing the console mid-flow must not leave a pending verification behind.
    if (m_state == State::Waiting && !m_id.isEmpty() && m_api)
        m_api->cancelVerification(m_id, nullptr, {});
    if (m_pollCall && m_api)
        m_api->cancel(m_pollCall);
}

void VerificationController::setTiming(const Timing &timing) {
    m_timing = timing;
}

VerificationController::Timing VerificationController::timingConfig() const {
    return m_timing;
}

void VerificationController::setAutoHideDelay(std::chrono::milliseconds delay) {
    m_timing.autoHideDelay = delay;
}

void VerificationController::start(const QString &userId, const QString &userName,
                                   const QString &tokenSerial,
                                   const std::optional<QString> &ticket) {
    if (isInFlight())
        return;
    stopActivity();
    resetDisplay();
    const quint64 generation = ++m_generation;
    m_userId = userId;
    setText(m_userName, userName, &VerificationController::userNameChanged);
    setText(m_tokenSerial, tokenSerial, &VerificationController::tokenSerialChanged);
    setText(m_status, tr("Sending push…"), &VerificationController::statusTextChanged);
    setState(State::Sending);
    qCInfo(lcVerify).noquote() << "sending push to" << userId << "token" << tokenSerial;

    // The ApiClient is the context, not this controller: an answer that arrives after the
    // panel (or the controller) is gone must still be cancelled on the server.
    QPointer<VerificationController> self(this);
    ApiClient *api = m_api;
    m_createCall =
        m_api->createVerification(userId, tokenSerial, ticket, m_api,
                                  [self, api, generation](const ApiResult<Verification> &r) {
                                      if (self) {
                                          self->onCreated(generation, r);
                                          return;
                                      }
                                      if (r && r->state == VerificationState::Pending)
                                          api->cancelVerification(r->id, nullptr, {});
                                  });
}

void VerificationController::onCreated(quint64 generation, const ApiResult<Verification> &r) {
    if (generation != m_generation) {
        // Cancelled while sending: it must not stay pending on the server.
        if (r && r->state == VerificationState::Pending) {
            qCInfo(lcVerify).noquote() << "cancelling" << r->id << "created after cancel";
            sendCancel(r->id);
        }
        return;
    }
    m_createCall = 0;
    if (!r) {
        if (r.failure().kind == ApiFailure::Kind::Unauthenticated) {
            expire();
            return;
        }
        showError(tr("Could not send the push: %1").arg(r.failure().message));
        return;
    }
    const Verification &v = r.value();
    if (v.id.isEmpty()) {
        showError(tr("Could not send the push: %1")
                      .arg(ApiFailure::malformed(QStringLiteral("empty id"), 201).message));
        return;
    }
    setText(m_id, v.id, &VerificationController::verificationIdChanged);
    m_expiresAt = v.expiresAt;
    m_totalMs = std::max<qint64>(0, v.createdAt.msecsTo(v.expiresAt));
    setMode(v.mode == wire::Mode::NumericChallenge ? Mode::NumericChallenge : Mode::PlainPush);
    if (!v.userName.isEmpty())
        setText(m_userName, v.userName, &VerificationController::userNameChanged);
    apply(v);
    // An event may have overtaken the 201 (e.g. an instant dispatch_failed or approval).
    const QList<Verification> early = std::exchange(m_early, {});
    for (const Verification &e : early) {
        if (e.id == m_id && wire::isTerminal(e.state))
            apply(e);
    }
}

void VerificationController::onEvent(const Verification &v) {
    if (m_state == State::Sending) {
        if (m_early.size() >= MaxEarlyEvents)
            m_early.removeFirst();
        m_early.append(v);
        return;
    }
    if (m_state != State::Waiting || v.id != m_id)
        return; // another verification, or one this panel no longer shows
    qCDebug(lcVerify).noquote() << "event for" << v.id << wire::toWire(v.state);
    apply(v);
}

void VerificationController::apply(const Verification &v) {
    if (v.id != m_id || m_state == State::Result || m_state == State::Error ||
        m_state == State::Hidden)
        return;
    m_serverState = v.state;
    switch (v.state) {
    case VerificationState::Pending:
        if (m_state == State::Sending) {
            setText(m_number, v.verificationNumber.value_or(QString()),
                    &VerificationController::verificationNumberChanged);
            setText(m_status, tr("Waiting for user response..."),
                    &VerificationController::statusTextChanged);
            m_expiredAt = -1;
            setState(State::Waiting);
            updateCountdown();
            scheduleTick();
            schedulePoll();
        }
        return;
    case VerificationState::Cancelled:
        // Not by this panel (its own cancel hides it first): someone else ended it.
        showError(tr("This verification was cancelled."));
        return;
    case VerificationState::Approved:
    case VerificationState::Denied:
    case VerificationState::WrongNumber:
    case VerificationState::TimedOut:
    case VerificationState::DispatchFailed:
        showResult(v);
        return;
    }
}

void VerificationController::showResult(const Verification &v) {
    stopActivity();
    qCInfo(lcVerify).noquote() << "verification" << v.id << "ended" << wire::toWire(v.state);
    setReconnecting(false);
    setText(m_countdown, QString(), &VerificationController::countdownTextChanged);
    setRemaining(-1);
    // The binding English text, in the operator's language when a translation is installed.
    setText(m_result,
            QCoreApplication::translate("vd::wire", wire::resultText(v.state).toUtf8().constData()),
            &VerificationController::resultTextChanged);
    setText(m_action, OutcomeTexts::recommendedAction(v.state),
            &VerificationController::recommendedActionChanged);
    QString reason;
    if (v.state == VerificationState::DispatchFailed && v.reason) {
        const auto parsed = wire::dispatchReasonFromWire(*v.reason);
        reason = parsed ? OutcomeTexts::dispatchReason(*parsed)
                        : tr("The push could not be delivered (%1).").arg(*v.reason);
    }
    setText(m_reason, reason, &VerificationController::reasonTextChanged);
    setText(m_status, OutcomeTexts::status(v.state), &VerificationController::statusTextChanged);
    setSeverity(severityFor(v.state));
    m_resultShownAt = m_clock->msecsSinceStart();
    setState(State::Result);
    scheduleTick();
    Q_EMIT finished(v);
}

void VerificationController::showError(const QString &message) {
    stopActivity();
    qCInfo(lcVerify).noquote() << "verification error:" << message;
    setReconnecting(false);
    setText(m_countdown, QString(), &VerificationController::countdownTextChanged);
    setRemaining(-1);
    setText(m_result, QString(), &VerificationController::resultTextChanged);
    setText(m_action, QString(), &VerificationController::recommendedActionChanged);
    setText(m_reason, QString(), &VerificationController::reasonTextChanged);
    setText(m_status, message, &VerificationController::statusTextChanged);
    setSeverity(Severity::Failure);
    setState(State::Error);
}

void VerificationController::expire() {
    qCInfo(lcVerify) << "session expired during a verification";
    ++m_generation;
    hide();
    Q_EMIT sessionExpired();
}

void VerificationController::cancel() {
    switch (m_state) {
    case State::Hidden:
        return;
    case State::Sending:
        // The POST keeps running: onCreated() sees the new generation and DELETEs the id.
        qCInfo(lcVerify) << "cancelled while sending";
        break;
    case State::Waiting:
        qCInfo(lcVerify).noquote() << "cancelling" << m_id;
        sendCancel(m_id);
        break;
    case State::Result:
    case State::Error:
        break;
    }
    ++m_generation;
    hide();
}

void VerificationController::sendCancel(const QString &id) {
    m_api->cancelVerification(id, this, [id](const ApiResult<NoContent> &r) {
        if (!r)
            qCInfo(lcVerify).noquote() << "cancel of" << id << "answered" << r.failure().code;
    });
}

void VerificationController::schedulePoll() {
    if (m_state == State::Waiting && !m_pollCall)
        m_pollTimer->start(m_timing.pollInterval);
}

void VerificationController::poll() {
    // At most one poll in flight: a slow answer delays the next one instead of stacking up.
    if (m_state != State::Waiting || m_pollCall)
        return;
    m_pollTimer->stop();
    const quint64 generation = m_generation;
    m_pollCall =
        m_api->verification(m_id, this, [this, generation](const ApiResult<Verification> &r) {
            onPolled(generation, r);
        });
}

void VerificationController::onPolled(quint64 generation, const ApiResult<Verification> &r) {
    if (generation != m_generation)
        return;
    m_pollCall = 0;
    if (m_state != State::Waiting)
        return;
    if (!r) {
        switch (r.failure().kind) {
        case ApiFailure::Kind::Unauthenticated:
            expire();
            return;
        case ApiFailure::Kind::Unreachable:
        case ApiFailure::Kind::Timeout:
        case ApiFailure::Kind::Tls:
        case ApiFailure::Kind::Server:
        case ApiFailure::Kind::RateLimited:
            setReconnecting(true);
            break;
        case ApiFailure::Kind::NotFound:
            showError(tr("The server no longer knows this verification. Send a new push."));
            return;
        default:
            // A malformed or odd answer proves nothing: keep waiting for a readable one.
            break;
        }
        schedulePoll();
        return;
    }
    if (r->id != m_id) {
        qCWarning(lcVerify).noquote() << "poll answer for another verification ignored";
        schedulePoll();
        return;
    }
    setReconnecting(false);
    apply(r.value());
    schedulePoll();
}

void VerificationController::setReconnecting(bool reconnecting) {
    if (m_reconnecting == reconnecting)
        return;
    m_reconnecting = reconnecting;
    if (m_state == State::Waiting)
        setText(m_status, reconnecting ? tr("Reconnecting…") : tr("Waiting for user response..."),
                &VerificationController::statusTextChanged);
    Q_EMIT reconnectingChanged();
}

void VerificationController::tick() {
    if (m_state == State::Result) {
        if (m_clock->msecsSinceStart() - m_resultShownAt >= m_timing.autoHideDelay.count()) {
            hide();
            return;
        }
    } else if (m_state == State::Waiting) {
        updateCountdown();
        if (m_state != State::Waiting)
            return;
    } else {
        return;
    }
    scheduleTick();
}

void VerificationController::scheduleTick() {
    qint64 delay = m_timing.tickInterval.count();
    if (m_state == State::Waiting && m_expiredAt < 0) {
        // Wake just after the shown second changes, so the countdown does not lag a tick.
        const qint64 remainingMs = m_clock->now().msecsTo(m_expiresAt);
        const qint64 untilChange = remainingMs % 1000;
        if (untilChange > 0)
            delay = std::min(delay, untilChange + 1);
    } else if (m_state == State::Result) {
        const qint64 left =
            m_timing.autoHideDelay.count() - (m_clock->msecsSinceStart() - m_resultShownAt);
        delay = std::min(delay, std::max<qint64>(left, 1));
    }
    m_tickTimer->start(int(std::max<qint64>(delay, 1)));
}

void VerificationController::updateCountdown() {
    qint64 remainingMs = m_clock->now().msecsTo(m_expiresAt);
    if (m_totalMs > 0)
        remainingMs = std::min(remainingMs, m_totalMs); // a local clock behind the server's
    const int seconds = remainingMs > 0 ? int((remainingMs + 999) / 1000) : 0;
    setRemaining(seconds);
    setText(m_countdown, formatCountdown(seconds), &VerificationController::countdownTextChanged);
    if (seconds > 0)
        return;
    // The server owns the timeout: keep polling a while for its timed_out.
    const qint64 now = m_clock->msecsSinceStart();
    if (m_expiredAt < 0) {
        m_expiredAt = now;
        poll();
    } else if (now - m_expiredAt >= m_timing.expiryGrace.count()) {
        showError(tr("The server has not reported the outcome of this verification. Check "
                     "Authentication Activity before you proceed."));
    }
}

void VerificationController::hide() {
    stopActivity();
    resetDisplay();
    setState(State::Hidden);
}

void VerificationController::stopActivity() {
    m_tickTimer->stop();
    m_pollTimer->stop();
    if (m_pollCall) {
        m_api->cancel(m_pollCall);
        m_pollCall = 0;
    }
    // A POST in flight is not aborted: its answer decides whether a DELETE is needed.
    m_createCall = 0;
    m_early.clear();
}

void VerificationController::resetDisplay() {
    setMode(Mode::Unknown);
    setText(m_number, QString(), &VerificationController::verificationNumberChanged);
    setText(m_userName, QString(), &VerificationController::userNameChanged);
    setText(m_tokenSerial, QString(), &VerificationController::tokenSerialChanged);
    setText(m_status, QString(), &VerificationController::statusTextChanged);
    setText(m_countdown, QString(), &VerificationController::countdownTextChanged);
    setRemaining(-1);
    setText(m_result, QString(), &VerificationController::resultTextChanged);
    setText(m_action, QString(), &VerificationController::recommendedActionChanged);
    setSeverity(Severity::None);
    setText(m_reason, QString(), &VerificationController::reasonTextChanged);
    setText(m_id, QString(), &VerificationController::verificationIdChanged);
    m_userId.clear();
    m_serverState.reset();
    m_expiresAt = {};
    m_totalMs = 0;
    m_resultShownAt = -1;
    m_expiredAt = -1;
    if (m_reconnecting) {
        m_reconnecting = false;
        Q_EMIT reconnectingChanged();
    }
}

void VerificationController::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VerificationController::setMode(Mode mode) {
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}

void VerificationController::setText(QString &field, const QString &value,
                                     void (VerificationController::*signal)()) {
    if (field == value)
        return;
    field = value;
    Q_EMIT(this->*signal)();
}

void VerificationController::setSeverity(Severity severity) {
    if (m_severity == severity)
        return;
    m_severity = severity;
    Q_EMIT severityChanged();
}

void VerificationController::setRemaining(int seconds) {
    if (m_remaining == seconds)
        return;
    m_remaining = seconds;
    Q_EMIT remainingSecondsChanged();
}

VerificationController::Severity VerificationController::severityFor(VerificationState outcome) {
    switch (outcome) {
    case VerificationState::Approved:
        return Severity::Success;
    case VerificationState::Denied:
    case VerificationState::WrongNumber:
        return Severity::Failure;
    case VerificationState::TimedOut:
    case VerificationState::DispatchFailed:
        return Severity::Warning;
    case VerificationState::Pending:
    case VerificationState::Cancelled:
        break;
    }
    return Severity::None;
}

QString VerificationController::formatCountdown(int seconds) {
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace vd::app
