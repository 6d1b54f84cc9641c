// SPDX-License-Identifier: MIT
// The verified follow-up actions of the Manage dialog (Revoke, Suspend, Resume, Reset PIN):
// locked until the dialog's own verification ends approved, unlocked for the rest of the
// policy's follow-up window (completedAt + followUpWindowMinutes, on the injectable Clock),
// locked again when the window ends or a later verification fails. The widget only renders.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <optional>

class QTimer;

namespace vd::app {

class Clock;
class VerificationController;

class FollowUpController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
public:
    enum class Lock {
        None,         // unlocked
        NotVerified,  // no verification in this dialog yet
        InProgress,   // a verification is being sent or waits for the caller
        Failed,       // the last one ended denied, wrong number or timed out
        Cancelled,    // the last one was cancelled
        NotSent,      // the last push could not be sent (dispatch failed, refused)
        Expired,      // the window after the approval has ended
        Refused,      // the server no longer accepts the approval (403 verification_required)
        TurnedOff,    // the policy's follow-up window is 0
        NoPermission, // no Edit on Authentication Methods
    };
    Q_ENUM(Lock)

    static constexpr std::chrono::milliseconds DefaultTick{1000};

    // None owned. `verification` is the dialog's controller: same token, same user, same
    // operator, which is what the server checks too.
    FollowUpController(ApiClient *api, const Clock *clock, VerificationController *verification,
                       QObject *parent = nullptr);
    ~FollowUpController() override;

    void setToken(const protocol::Token &token);
    const protocol::Token &token() const { return m_token; }
    void setWindowMinutes(int minutes); // the policy's followUpWindowMinutes (0 = off)
    int windowMinutes() const { return m_windowMinutes; }
    void setPermissions(const protocol::Permissions &permissions);
    void setTickInterval(std::chrono::milliseconds interval);

    Lock lock() const;
    bool isUnlocked() const { return lock() == Lock::None; }
    bool isBusy() const { return m_call != 0; }
    // Why the actions are locked, or that they are unlocked.
    QString statusText() const;
    int remainingSeconds() const { return isUnlocked() ? m_remaining : -1; }
    QString remainingText() const; // "m:ss" left while unlocked, else empty
    QString approvedVerificationId() const;
    std::optional<QDateTime> unlockedUntil() const; // while an approval holds

    static QList<wire::FollowUpAction> actions();
    static QString actionLabel(wire::FollowUpAction action);
    bool isEnabled(wire::FollowUpAction action) const;
    QString toolTip(wire::FollowUpAction action) const; // why disabled, or what it does
    QString confirmationTitle(wire::FollowUpAction action) const;
    QString confirmationText(wire::FollowUpAction action) const;

    // Sends the action (the widget asked for confirmation). Ignored unless isEnabled().
    void perform(wire::FollowUpAction action);
    // What the last action did, or why it failed; empty before any.
    QString lastMessage() const { return m_lastMessage; }
    bool lastFailed() const { return m_lastFailed; }

Q_SIGNALS:
    void changed();
    void actionSucceeded(wire::FollowUpAction action, const vd::protocol::Token &token);
    void actionFailed(wire::FollowUpAction action, const QString &message);

private:
    void onStateChanged();
    void onFinished(const protocol::Verification &verification);
    void onDone(wire::FollowUpAction action, const ApiResult<protocol::Token> &result);
    void tick();
    void update();
    Lock verificationLock() const;
    QString tokenReason(wire::FollowUpAction action) const;

    ApiClient *m_api;
    const Clock *m_clock;
    VerificationController *m_verification;
    QTimer *m_timer;
    protocol::Token m_token;
    protocol::Permissions m_permissions;
    bool m_permissionsKnown = false;
    int m_windowMinutes = 10;
    // The approval that unlocks, and what locks when there is none.
    std::optional<protocol::Verification> m_approval;
    Lock m_lock = Lock::NotVerified;
    bool m_started = false; // a verification of this dialog is under way
    int m_remaining = -1;
    ApiClient::CallId m_call = 0;
    QString m_lastMessage;
    bool m_lastFailed = false;
};

} // namespace vd::app
