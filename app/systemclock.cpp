// SPDX-License-Identifier: MIT
// SystemClock: QDateTime::currentDateTimeUtc and a QElapsedTimer started at construction.
#include "systemclock.h"

namespace vd::app {

SystemClock::SystemClock() {
    m_steady.start();
}

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::msecsSinceStart() const {
    return m_steady.elapsed();
}

const SystemClock &SystemClock::instance() {
    static const SystemClock clock;
    return clock;
}

} // namespace vd::app
