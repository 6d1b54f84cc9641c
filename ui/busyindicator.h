// SPDX-License-Identifier: MIT
// A small spinning arc for short waits (sending a push): quieter than a progress bar that
// looks full when it is only indeterminate.
#pragma once

#include <QWidget>

class QTimer;

namespace vd::ui {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    bool isSpinning() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer;
    int m_angle = 0;
};

} // namespace vd::ui
