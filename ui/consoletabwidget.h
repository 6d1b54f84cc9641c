// SPDX-License-Identifier: MIT
// The main window's tabs: every closable tab's close button says which page it closes.
#pragma once

#include <QTabWidget>

namespace vd::ui {

class ConsoleTabWidget : public QTabWidget {
    Q_OBJECT
public:
    using QTabWidget::QTabWidget;

protected:
    // Qt leaves a tab's close button without an accessible name, so a screen reader only
    // says "button"; user records and audit pages alike get "Close <title>" here.
    void tabInserted(int index) override;
};

} // namespace vd::ui
