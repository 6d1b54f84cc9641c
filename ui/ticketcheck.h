// SPDX-License-Identifier: MIT
// Inline check of the ticket field before Send Push: at most 64 printable characters (the
// server's rule, from protocol/), the problem shown under the field as it is typed.
#pragma once

#include <QObject>

class QLabel;
class QLineEdit;

namespace vd::ui {

class TicketCheck : public QObject {
    Q_OBJECT
public:
    // Watches `field` (not owned); the error label is created as a child of `labelParent`.
    TicketCheck(QLineEdit *field, QWidget *labelParent);

    bool isValid() const { return m_valid; }
    QString problem() const;
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void check();

    QLineEdit *m_field;
    QLabel *m_error;
    bool m_valid = true;
};

} // namespace vd::ui
