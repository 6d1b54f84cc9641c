// SPDX-License-Identifier: MIT
// IdleWatch: idle time from the injectable Clock, so tests move time instead of waiting.
#include "idlewatch.h"

#include "clock.h"

#include <QEvent>
#include <QTimer>
#include <algorithm>

namespace vd::app {

IdleWatch::IdleWatch(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this)) {
    // A coarse tick is enough: the deadline comes from the clock, not from the timer.
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &IdleWatch::check);
}

void IdleWatch::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    if (m_running)
        start();
}

void IdleWatch::start() {
    stop();
    if (m_timeout.count() <= 0)
        return;
    m_running = true;
    m_lastActivity = m_clock->msecsSinceStart();
    m_timer->start();
}

void IdleWatch::stop() {
    const bool wasWarning = m_warning;
    m_running = false;
    m_warning = false;
    m_lastShown = -1;
    m_timer->stop();
    if (wasWarning)
        Q_EMIT warningCancelled();
}

qint64 IdleWatch::remainingMs() const {
    return m_lastActivity + m_timeout.count() - m_clock->msecsSinceStart();
}

int IdleWatch::secondsLeft() const {
    if (!m_running)
        return 0;
    return int(std::max<qint64>(0, (remainingMs() + 999) / 1000));
}

void IdleWatch::activity() {
    if (!m_running)
        return;
    m_lastActivity = m_clock->msecsSinceStart();
    if (m_warning) {
        m_warning = false;
        m_lastShown = -1;
        Q_EMIT warningCancelled();
    }
}

void IdleWatch::check() {
    if (!m_running)
        return;
    const qint64 left = remainingMs();
    if (left <= 0) {
        stop();
        Q_EMIT timedOut();
        return;
    }
    const qint64 lead = std::min(m_lead.count(), m_timeout.count());
    if (left > lead)
        return;
    const int seconds = secondsLeft();
    if (!m_warning) {
        m_warning = true;
        m_lastShown = seconds;
        Q_EMIT warningStarted(seconds);
    } else if (seconds != m_lastShown) {
        m_lastShown = seconds;
        Q_EMIT warningTick(seconds);
    }
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vd::app
