// SPDX-License-Identifier: MIT
// AuditPeriod: preset and custom ranges.
#include "auditperiod.h"

#include <utility>

namespace vd::app {

QList<AuditPeriod::Preset> AuditPeriod::presets() {
    return {Preset::AnyTime,   Preset::LastHour,   Preset::Last24Hours,
            Preset::Last7Days, Preset::Last30Days, Preset::Custom};
}

QString AuditPeriod::name(Preset preset) {
    switch (preset) {
    case Preset::AnyTime:
        return tr("Any time");
    case Preset::LastHour:
        return tr("Last hour");
    case Preset::Last24Hours:
        return tr("Last 24 hours");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Custom:
        return tr("Custom dates");
    }
    return {};
}

AuditPeriod::Range AuditPeriod::range(Preset preset, const QDateTime &now,
                                      const std::optional<QDate> &firstDay,
                                      const std::optional<QDate> &lastDay) {
    const QDateTime utcNow = now.toUTC();
    switch (preset) {
    case Preset::AnyTime:
        return {};
    case Preset::LastHour:
        return {utcNow.addSecs(-3600), std::nullopt};
    case Preset::Last24Hours:
        return {utcNow.addDays(-1), std::nullopt};
    case Preset::Last7Days:
        return {utcNow.addDays(-7), std::nullopt};
    case Preset::Last30Days:
        return {utcNow.addDays(-30), std::nullopt};
    case Preset::Custom:
        break;
    }
    std::optional<QDate> first = firstDay;
    std::optional<QDate> last = lastDay;
    if (first && last && *last < *first)
        std::swap(first, last);
    Range r;
    if (first && first->isValid())
        r.from = first->startOfDay(Qt::LocalTime).toUTC();
    if (last && last->isValid())
        r.to = last->endOfDay(Qt::LocalTime).toUTC();
    return r;
}

} // namespace vd::app
