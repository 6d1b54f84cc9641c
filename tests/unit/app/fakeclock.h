// SPDX-License-Identifier: MIT
// A Clock that tests move by hand: wall time and steady time advance together.
#pragma once

#include "clock.h"

#include <chrono>

namespace vd::test {

class FakeClock final : public app::Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));

    QDateTime now() const override { return m_now; }
    qint64 msecsSinceStart() const override { return m_steady; }

    void advance(std::chrono::milliseconds by);
    // Moves only the wall clock (a system clock change): steady time stays.
    void setWallTime(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
    qint64 m_steady = 0;
};

} // namespace vd::test
