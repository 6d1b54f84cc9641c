// SPDX-License-Identifier: MIT
// The visible countdown before an idle sign-out; any input (the button included) keeps the
// operator signed in, which IdleWatch decides, not this widget.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace vd::ui {

class IdleWarning : public QDialog {
    Q_OBJECT
public:
    explicit IdleWarning(QWidget *parent = nullptr);

    // Shows (and announces) the warning, or updates the count when already shown.
    void showCountdown(int secondsLeft);
    QString text() const;
    QLabel *messageLabel() const { return m_message; }
    QPushButton *stayButton() const { return m_stay; }

Q_SIGNALS:
    void stayRequested();

private:
    QLabel *m_message;
    QPushButton *m_stay;
};

} // namespace vd::ui
