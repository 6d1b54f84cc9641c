// SPDX-License-Identifier: MIT
// IdleWarning: a non-modal box so the countdown never blocks the input that cancels it.
#include "idlewarning.h"

#include "announcer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

IdleWarning::IdleWarning(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_stay(new QPushButton(tr("Stay signed in"), this)) {
    setObjectName(QStringLiteral("idleWarning"));
    setWindowTitle(tr("Signing out soon"));
    setModal(false);
    setAccessibleName(tr("Idle sign-out warning"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Idle sign-out warning"));
    m_stay->setObjectName(QStringLiteral("primaryButton"));
    m_stay->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stay, QDialogButtonBox::AcceptRole);
    connect(m_stay, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT stayRequested();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

void IdleWarning::showCountdown(int secondsLeft) {
    const QString message =
        tr("Nobody has used the console for a while. You will be signed out in %n second(s).",
           nullptr, secondsLeft);
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
    if (isVisible())
        return;
    show();
    raise();
    // Announced once when it appears; every second would drown the screen reader.
    Announcer::instance()->announce(m_message, message);
}

QString IdleWarning::text() const {
    return m_message->text();
}

} // namespace vd::ui
