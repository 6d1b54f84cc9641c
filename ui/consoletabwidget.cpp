// SPDX-License-Identifier: MIT
// ConsoleTabWidget: names the close buttons of inserted tabs.
#include "consoletabwidget.h"

#include <QTabBar>

namespace vd::ui {

void ConsoleTabWidget::tabInserted(int index) {
    QTabWidget::tabInserted(index);
    // The style decides the side (left on macOS); name whichever holds a button.
    for (QTabBar::ButtonPosition side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *button = tabBar()->tabButton(index, side))
            button->setAccessibleName(tr("Close %1").arg(tabText(index)));
    }
}

} // namespace vd::ui
