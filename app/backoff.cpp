// SPDX-License-Identifier: MIT
// Backoff: exponential delays with bounded random jitter.
#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace vd::app {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum,
                 double jitter, quint32 seed)
    : m_initial(initial)
    , m_maximum(std::max(initial, maximum))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_random(seed == 0 ? QRandomGenerator::global()->generate() : seed) {}

std::chrono::milliseconds Backoff::baseDelay(int attempt) const {
    // Doubling past ~2^30 ms overflows long before it matters: stop at the maximum.
    qint64 delay = m_initial.count();
    for (int i = 0; i < attempt && delay < m_maximum.count(); ++i)
        delay *= 2;
    return std::chrono::milliseconds(std::min(delay, qint64(m_maximum.count())));
}

std::chrono::milliseconds Backoff::next() {
    const qint64 base = baseDelay(m_attempts).count();
    ++m_attempts;
    if (m_jitter <= 0.0)
        return std::chrono::milliseconds(base);
    const double spread = double(base) * m_jitter;
    const double offset = (m_random.generateDouble() * 2.0 - 1.0) * spread;
    return std::chrono::milliseconds(std::max<qint64>(1, std::llround(double(base) + offset)));
}

void Backoff::reset() {
    m_attempts = 0;
}

} // namespace vd::app
