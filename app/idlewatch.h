// SPDX-License-Identifier: MIT
// Idle sign-out: input events (via an application event filter) restart the idle time; after
// the timeout minus a warning lead a warning counts down, and then the session should end.
#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace vd::app {

class Clock;

class IdleWatch : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultWarningLead{30};

    explicit IdleWatch(const Clock *clock, QObject *parent = nullptr);

    // Zero (the default) disables the watch. The warning lead is capped by the timeout.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setWarningLead(std::chrono::milliseconds lead) { m_lead = lead; }

    // Starts counting from now; stop() forgets everything (signed out, nothing to guard).
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_warning; }
    // Whole seconds until sign-out, rounded up (what the warning shows).
    int secondsLeft() const;

    // Operator input: the idle time starts again and a shown warning is withdrawn.
    void activity();
    // Re-evaluates against the clock; the internal timer calls it, tests call it after
    // moving a fake clock.
    void check();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void warningTick(int secondsLeft);
    void warningCancelled();
    void timedOut();

private:
    qint64 remainingMs() const;

    const Clock *m_clock;
    QTimer *m_timer;
    std::chrono::milliseconds m_timeout{0};
    std::chrono::milliseconds m_lead{DefaultWarningLead};
    qint64 m_lastActivity = 0;
    int m_lastShown = -1;
    bool m_running = false;
    bool m_warning = false;
};

} // namespace vd::app
