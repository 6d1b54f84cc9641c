// SPDX-License-Identifier: MIT
// How a control that IT manages looks: greyed, with "Set by your administrator" beside it.
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace vd::ui {

class ManagedLock {
    Q_DECLARE_TR_FUNCTIONS(vd::ui::ManagedLock)
public:
    static QString text();
    // A hint label (hidden until a lock applies) for the control's row.
    static QLabel *createHint(QWidget *parent);
    // Greys the control and shows the hint, or gives both back to the operator. The
    // control's own enabled state is left alone when not managed so busy states keep working.
    static void apply(QWidget *control, QLabel *hint, bool managed);
    static bool isLocked(const QWidget *control);
};

} // namespace vd::ui
