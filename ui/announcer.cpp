// SPDX-License-Identifier: MIT
// Announcer: one place that raises accessibility alerts.
#include "announcer.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QWidget>

namespace vd::ui {

Announcer *Announcer::instance() {
    // Owned by the application object, so it goes with it.
    static Announcer *announcer = new Announcer(QCoreApplication::instance());
    return announcer;
}

void Announcer::announce(QWidget *source, const QString &text) {
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(source, text);
}

} // namespace vd::ui
