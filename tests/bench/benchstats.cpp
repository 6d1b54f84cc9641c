// SPDX-License-Identifier: MIT
// Nearest-rank percentiles: with 1,000 samples p99 is the 990th, an observed value, not an
// interpolation between two.
#include "benchstats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vd::bench {

void BenchStats::add(Duration sample) {
    m_samplesUs.append(std::chrono::duration<double, std::micro>(sample).count());
    m_sorted = false;
}

double BenchStats::percentileUs(double p) const {
    if (m_samplesUs.isEmpty())
        return 0.0;
    if (!m_sorted) {
        std::sort(m_samplesUs.begin(), m_samplesUs.end());
        m_sorted = true;
    }
    const auto n = static_cast<double>(m_samplesUs.size());
    const auto rank = static_cast<qsizetype>(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * n));
    return m_samplesUs.at(std::clamp<qsizetype>(rank - 1, 0, m_samplesUs.size() - 1));
}

double BenchStats::meanUs() const {
    if (m_samplesUs.isEmpty())
        return 0.0;
    return std::accumulate(m_samplesUs.cbegin(), m_samplesUs.cend(), 0.0) /
           static_cast<double>(m_samplesUs.size());
}

QString BenchStats::ms(double us) {
    return QString::number(us / 1000.0, 'f', 2) + QStringLiteral("ms");
}

QString BenchStats::describe() const {
    return QStringLiteral("n=%1 p50=%2 p90=%3 p99=%4 max=%5 mean=%6")
        .arg(count())
        .arg(ms(percentileUs(50)), ms(percentileUs(90)), ms(percentileUs(99)), ms(maxUs()),
             ms(meanUs()));
}

} // namespace vd::bench
