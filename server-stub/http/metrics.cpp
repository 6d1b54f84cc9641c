// SPDX-License-Identifier: MIT
// Text exposition: # HELP / # TYPE once per metric family, then its samples.
#include "metrics.h"

namespace vd::server::http {

void Metrics::increment(const QString &counterWithLabels, quint64 by) {
    m_counters[counterWithLabels] += by;
}

void Metrics::describeCounter(const QString &name, const QString &help) {
    m_help.insert(name, help);
}

void Metrics::addGauge(const QString &name, const QString &help, std::function<double()> read) {
    m_gauges.insert(name, {help, std::move(read)});
}

QByteArray Metrics::render() const {
    QString out;
    QString family;
    for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it) {
        const QString name = it.key().section(QLatin1Char('{'), 0, 0);
        if (name != family) {
            family = name;
            out += QStringLiteral("# HELP %1 %2\n# TYPE %1 counter\n")
                       .arg(name, m_help.value(name, name));
        }
        out += it.key() + QLatin1Char(' ') + QString::number(it.value()) + QLatin1Char('\n');
    }
    for (auto it = m_gauges.constBegin(); it != m_gauges.constEnd(); ++it) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n%1 %3\n")
                   .arg(it.key(), it->help, QString::number(it->read()));
    }
    return out.toUtf8();
}

} // namespace vd::server::http
