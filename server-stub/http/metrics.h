// SPDX-License-Identifier: MIT
// Counters and gauges for GET /metrics (Prometheus text format).
#pragma once

#include <QMap>
#include <QString>
#include <functional>

namespace vd::server::http {

class Metrics {
public:
    void increment(const QString &counterWithLabels, quint64 by = 1);
    void addGauge(const QString &name, const QString &help, std::function<double()> read);
    void describeCounter(const QString &name, const QString &help);
    QByteArray render() const;

private:
    QMap<QString, quint64> m_counters; // "name{labels}" → value
    QMap<QString, QString> m_help;
    struct Gauge {
        QString help;
        std::function<double()> read;
    };
    QMap<QString, Gauge> m_gauges;
};

} // namespace vd::server::http
