// SPDX-License-Identifier: MIT
// Reconnect delays: initial, doubling to a maximum, each with a random jitter so a server
// restart is not met by every console at the same instant.
#pragma once

#include "timing.h"

#include <QRandomGenerator>
#include <chrono>

namespace vd::app {

class Backoff {
public:
    // jitter: fraction (0..1) of the delay added or removed at random; 0 = exact schedule.
    explicit Backoff(std::chrono::milliseconds initial = timing::ReconnectInitial,
                     std::chrono::milliseconds maximum = timing::ReconnectMax,
                     double jitter = timing::ReconnectJitter, quint32 seed = 0);

    // The delay before the next attempt; advances the schedule.
    std::chrono::milliseconds next();
    // After a successful connection: the next delay is the initial one again.
    void reset();
    int attempts() const { return m_attempts; }

    // The delay of attempt n (0-based) without jitter.
    std::chrono::milliseconds baseDelay(int attempt) const;

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    double m_jitter;
    int m_attempts = 0;
    QRandomGenerator m_random;
};

} // namespace vd::app
