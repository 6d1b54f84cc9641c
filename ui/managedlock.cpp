// SPDX-License-Identifier: MIT
// ManagedLock: one look and one wording for every control IT locks.
#include "managedlock.h"

#include <QLabel>
#include <QWidget>

namespace vd::ui {
namespace {
const char *const kLockedProperty = "vdManagedLock";
}

QString ManagedLock::text() {
    return tr("Set by your administrator");
}

QLabel *ManagedLock::createHint(QWidget *parent) {
    auto *hint = new QLabel(text(), parent);
    hint->setObjectName(QStringLiteral("managedHint"));
    hint->setEnabled(false); // the palette's disabled text, as for the control it explains
    hint->hide();
    return hint;
}

void ManagedLock::apply(QWidget *control, QLabel *hint, bool managed) {
    const bool was = isLocked(control);
    control->setProperty(kLockedProperty, managed);
    if (managed) {
        control->setEnabled(false);
        control->setToolTip(text());
        control->setAccessibleDescription(text());
    } else if (was) {
        control->setEnabled(true);
        control->setToolTip(QString());
        control->setAccessibleDescription(QString());
    }
    if (hint)
        hint->setVisible(managed);
}

bool ManagedLock::isLocked(const QWidget *control) {
    return control->property(kLockedProperty).toBool();
}

} // namespace vd::ui
