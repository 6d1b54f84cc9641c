// SPDX-License-Identifier: MIT
// State machine of the Push Verification panel: Hidden → Sending → Waiting → Result →
// (auto-hide) Hidden, or Error when the push could not be requested. Everything the panel
// shows is a property here, so the widget only renders.
#pragma once

#include "apiclient.h"
#include "dto.h"
#include "timing.h"

#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

class QTimer;

namespace vd::app {

class Clock;
class VerificationEventSource;

class VerificationController : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QString verificationNumber READ verificationNumber NOTIFY verificationNumberChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userNameChanged)
    Q_PROPERTY(QString tokenSerial READ tokenSerial NOTIFY tokenSerialChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY countdownTextChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingSecondsChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultTextChanged)
    Q_PROPERTY(QString recommendedAction READ recommendedAction NOTIFY recommendedActionChanged)
    Q_PROPERTY(Severity severity READ severity NOTIFY severityChanged)
    Q_PROPERTY(QString reasonText READ reasonText NOTIFY reasonTextChanged)
    Q_PROPERTY(QString verificationId READ verificationId NOTIFY verificationIdChanged)
    Q_PROPERTY(bool reconnecting READ isReconnecting NOTIFY reconnectingChanged)
    Q_PROPERTY(bool inFlight READ isInFlight NOTIFY stateChanged)
public:
    enum class State {
        Hidden,  // panel closed; Send Push enabled
        Sending, // POST in flight
        Waiting, // pending on the server: number, countdown, polling
        Result,  // one of the five results of API.md; auto-hides
        Error,   // the push could not be requested (403/409/422/network…); not a result
    };
    Q_ENUM(State)
    enum class Mode { Unknown, NumericChallenge, PlainPush };
    Q_ENUM(Mode)
    enum class Severity { None, Success, Failure, Warning };
    Q_ENUM(Severity)

    struct Timing {
        std::chrono::milliseconds pollInterval = timing::PollInterval;
        std::chrono::milliseconds tickInterval = timing::CountdownTick; // upper bound
        std::chrono::milliseconds autoHideDelay = timing::AutoHideDefault;
        std::chrono::milliseconds expiryGrace = timing::ExpiryGrace;
    };

    // None owned. `events` may be nullptr (polling only).
    VerificationController(ApiClient *api, const Clock *clock, VerificationEventSource *events,
                           QObject *parent = nullptr);
    ~VerificationController() override;

    void setTiming(const Timing &timing);
    Timing timingConfig() const;
    void setAutoHideDelay(std::chrono::milliseconds delay);

    // Send Push. Ignored unless Hidden, Result or Error (a result on screen is replaced).
    void start(const QString &userId, const QString &userName, const QString &tokenSerial,
               const std::optional<QString> &ticket = std::nullopt);
    // ✕ / Esc: from Sending or Waiting hides at once and cancels on the server; from Result
    // or Error just hides.
    void cancel();

    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    // Empty in plain mode or before the POST returns.
    QString verificationNumber() const { return m_number; }
    QString userName() const { return m_userName; }
    QString tokenSerial() const { return m_tokenSerial; }
    QString userId() const { return m_userId; }
    QString statusText() const { return m_status; }
    QString countdownText() const { return m_countdown; } // "m:ss"; empty when not counting
    int remainingSeconds() const { return m_remaining; }  // -1 when not counting
    QString resultText() const { return m_result; }
    QString recommendedAction() const { return m_action; }
    Severity severity() const { return m_severity; }
    QString reasonText() const { return m_reason; } // dispatch_failed reason in words
    QString verificationId() const { return m_id; }
    bool isReconnecting() const { return m_reconnecting; }
    bool isInFlight() const { return m_state == State::Sending || m_state == State::Waiting; }
    // The last decoded server state of the current verification.
    std::optional<wire::VerificationState> serverState() const { return m_serverState; }

    // The texts themselves are OutcomeTexts'.
    static Severity severityFor(wire::VerificationState outcome);
    static QString formatCountdown(int seconds); // m:ss

Q_SIGNALS:
    void stateChanged(vd::app::VerificationController::State state);
    void modeChanged();
    void verificationNumberChanged();
    void userNameChanged();
    void tokenSerialChanged();
    void statusTextChanged();
    void countdownTextChanged();
    void remainingSecondsChanged();
    void resultTextChanged();
    void recommendedActionChanged();
    void severityChanged();
    void reasonTextChanged();
    void verificationIdChanged();
    void reconnectingChanged();
    // A 401 mid-flow: the panel is hidden, go back to sign-in.
    void sessionExpired();
    // A terminal state reported by the server for the current verification.
    void finished(const vd::protocol::Verification &verification);

private:
    void onCreated(quint64 generation, const ApiResult<protocol::Verification> &result);
    void onPolled(quint64 generation, const ApiResult<protocol::Verification> &result);
    void onEvent(const protocol::Verification &verification);
    void apply(const protocol::Verification &verification);
    void showResult(const protocol::Verification &verification);
    void showError(const QString &message);
    void expire();
    void schedulePoll();
    void poll();
    void tick();
    void scheduleTick();
    void updateCountdown();
    void hide();
    void stopActivity();
    void sendCancel(const QString &id);
    void resetDisplay();

    void setState(State state);
    void setMode(Mode mode);
    void setText(QString &field, const QString &value, void (VerificationController::*signal)());
    void setSeverity(Severity severity);
    void setRemaining(int seconds);
    void setReconnecting(bool reconnecting);

    ApiClient *m_api;
    const Clock *m_clock;
    QTimer *m_tickTimer;
    QTimer *m_pollTimer;
    Timing m_timing;

    State m_state = State::Hidden;
    Mode m_mode = Mode::Unknown;
    QString m_userId;
    QString m_userName;
    QString m_tokenSerial;
    QString m_number;
    QString m_status;
    QString m_countdown;
    int m_remaining = -1;
    QString m_result;
    QString m_action;
    Severity m_severity = Severity::None;
    QString m_reason;
    QString m_id;
    bool m_reconnecting = false;
    std::optional<wire::VerificationState> m_serverState;
    QDateTime m_expiresAt;
    qint64 m_resultShownAt = -1; // steady ms
    qint64 m_expiredAt = -1;     // steady ms when the countdown reached 0
    qint64 m_totalMs = 0;        // expiresAt - createdAt: the countdown never shows more
    ApiClient::CallId m_createCall = 0;
    ApiClient::CallId m_pollCall = 0;
    quint64 m_generation = 0; // bumps on every start and hide: late answers are dropped
    // verification.updated events that arrived while the POST was still in flight (the
    // server announces a new verification at once, maybe before its 201 reaches us).
    QList<protocol::Verification> m_early;
};

} // namespace vd::app
