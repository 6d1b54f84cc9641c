// SPDX-License-Identifier: MIT
// Injectable time source: countdowns are deadlines minus now(), and tests move time.
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace vd::app {

class Clock {
public:
    virtual ~Clock();
    // Wall-clock time (UTC), compared with the server's RFC 3339 timestamps.
    virtual QDateTime now() const = 0;
    // Monotonic milliseconds since an arbitrary start: for local delays that must not jump
    // when the system clock is changed (auto-hide, poll pacing).
    virtual qint64 msecsSinceStart() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

} // namespace vd::app
