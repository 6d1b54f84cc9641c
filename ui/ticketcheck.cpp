// SPDX-License-Identifier: MIT
// TicketCheck: protocol's ticket rule, rendered next to the field.
#include "ticketcheck.h"

#include "wire.h"

#include <QLabel>
#include <QLineEdit>

namespace vd::ui {

TicketCheck::TicketCheck(QLineEdit *field, QWidget *labelParent)
    : QObject(field)
    , m_field(field)
    , m_error(new QLabel(labelParent)) {
    m_error->setObjectName(QStringLiteral("inlineError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Ticket problem"));
    m_error->hide();
    // Longer than the rule on purpose: a pasted reference must not be cut silently, it is
    // shown as too long instead.
    if (field->maxLength() < 4 * wire::MaxTicketLength)
        field->setMaxLength(4 * wire::MaxTicketLength);
    connect(field, &QLineEdit::textChanged, this, &TicketCheck::check);
    check();
}

QString TicketCheck::problem() const {
    const QString text = m_field->text();
    switch (wire::ticketProblem(text)) {
    case wire::TicketProblem::None:
        return {};
    case wire::TicketProblem::TooLong:
        return tr("A ticket reference has at most %1 characters (this one has %2).")
            .arg(wire::MaxTicketLength)
            .arg(text.trimmed().size());
    case wire::TicketProblem::NotPrintable:
        return tr("A ticket reference holds printable characters only (no tabs, line breaks or "
                  "control characters).");
    }
    return {};
}

void TicketCheck::check() {
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_field->setAccessibleDescription(why);
    const bool valid = why.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

} // namespace vd::ui
