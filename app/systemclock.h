// SPDX-License-Identifier: MIT
// The production Clock: system UTC time plus a steady timer.
#pragma once

#include "clock.h"

#include <QElapsedTimer>

namespace vd::app {

class SystemClock final : public Clock {
public:
    SystemClock();
    QDateTime now() const override;
    qint64 msecsSinceStart() const override;

    // A process-wide instance for code that has no reason to inject another one.
    static const SystemClock &instance();

private:
    QElapsedTimer m_steady;
};

} // namespace vd::app
