// SPDX-License-Identifier: MIT
// The date range of an audit filter: presets relative to now (the injectable Clock) or whole
// local days chosen by the operator, as the from/to an AuditQuery sends.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace vd::app {

class AuditPeriod {
    Q_DECLARE_TR_FUNCTIONS(AuditPeriod)
public:
    enum class Preset { AnyTime, LastHour, Last24Hours, Last7Days, Last30Days, Custom };

    struct Range {
        std::optional<QDateTime> from; // UTC
        std::optional<QDateTime> to;   // UTC
    };

    static QList<Preset> presets();
    static QString name(Preset preset);
    // `now` is UTC. Custom: from the start of `firstDay` to the end of `lastDay`, local time
    // (each optional); days given the wrong way round are swapped.
    static Range range(Preset preset, const QDateTime &now,
                       const std::optional<QDate> &firstDay = {},
                       const std::optional<QDate> &lastDay = {});
};

} // namespace vd::app
