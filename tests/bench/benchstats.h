// SPDX-License-Identifier: MIT
// Latency samples of one benchmark and the order statistics the report quotes.
#pragma once

#include <QList>
#include <QString>
#include <chrono>

namespace vd::bench {

class BenchStats {
public:
    using Duration = std::chrono::steady_clock::duration;

    void add(Duration sample);
    qsizetype count() const { return m_samplesUs.size(); }

    // Nearest-rank percentile in microseconds (p in (0, 100]); 0 when there are no samples.
    double percentileUs(double p) const;
    double meanUs() const;
    double maxUs() const { return percentileUs(100.0); }

    // "n=1000 p50=0.81ms p99=2.40ms max=3.10ms mean=0.90ms"
    QString describe() const;

    static QString ms(double us); // "2.40ms"

private:
    mutable QList<double> m_samplesUs;
    mutable bool m_sorted = true;
};

} // namespace vd::bench
