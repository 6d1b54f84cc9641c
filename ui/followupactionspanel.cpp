// SPDX-License-Identifier: MIT
// FollowUpActionsPanel: layout, rendering and the confirmation step.
#include "followupactionspanel.h"

#include "followupcontroller.h"
#include "glyphiconengine.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {
namespace {

// Sets text and accessible description together, so screen readers hear the value.
void setValue(QLabel *label, const QString &text) {
    if (label->text() != text)
        label->setText(text);
    if (label->accessibleDescription() != text)
        label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                       const QString &acceptLabel) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *go = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // A stray Enter must not change a token: Cancel is the default.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace

FollowUpActionsPanel::FollowUpActionsPanel(QWidget *parent)
    : QFrame(parent)
    , m_confirmer(askWithMessageBox) {
    setObjectName(QStringLiteral("followUpPanel"));
    setAccessibleName(tr("Follow-up actions"));

    m_icon = new QLabel(this);
    const int iconSize = fontMetrics().height() + 4;
    m_icon->setFixedSize(iconSize, iconSize);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_remaining = new QLabel(this);
    m_remaining->setAccessibleName(tr("Follow-up time left"));
    QFont digits = m_remaining->font();
    digits.setBold(true);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    m_remaining->setFont(digits);
    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    head->addWidget(m_remaining, 0, Qt::AlignTop);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Follow-up status"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (wire::FollowUpAction a : app::FollowUpController::actions()) {
        auto *b = new QPushButton(app::FollowUpController::actionLabel(a), this);
        b->setAccessibleName(app::FollowUpController::actionLabel(a));
        b->setAutoDefault(false);
        m_buttons.insert(a, b);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, a] { trigger(a); });
    }
    buttons->addStretch(1);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Follow-up result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    render();
}

void FollowUpActionsPanel::setController(app::FollowUpController *controller) {
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &app::FollowUpController::changed, this, &FollowUpActionsPanel::render);
        connect(controller, &QObject::destroyed, this, &FollowUpActionsPanel::render);
    }
    render();
}

void FollowUpActionsPanel::setConfirmer(Confirmer confirmer) {
    m_confirmer = std::move(confirmer);
}

void FollowUpActionsPanel::render() {
    const app::FollowUpController *c = m_controller;
    const bool unlocked = c && c->isUnlocked();
    m_title->setText(unlocked ? tr("Follow-up actions unlocked")
                              : tr("Follow-up actions (locked)"));
    setValue(m_status, c ? c->statusText() : QString());
    setValue(m_remaining, unlocked ? tr("%1 left").arg(c->remainingText()) : QString());
    const QString message = c ? c->lastMessage() : QString();
    setValue(m_message, message);
    const Tone messageTone = c && c->lastFailed() ? Tone::Failure : Tone::Success;
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(Theme::tone(messageTone).foreground.name()));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const bool enabled = c && c->isEnabled(it.key());
        it.value()->setEnabled(enabled);
        const QString tip = c ? c->toolTip(it.key()) : QString();
        it.value()->setToolTip(tip);
        it.value()->setAccessibleDescription(tip);
    }
    applyTone(unlocked);
}

void FollowUpActionsPanel::applyTone(bool unlocked) {
    if (m_tone == int(unlocked))
        return;
    m_tone = int(unlocked);
    // Unlocked, the panel takes the success tone of the result above it, so the eye goes
    // from "User Authenticated" straight to what may now be done.
    const ToneColours c = unlocked ? Theme::tone(Tone::Success) : Theme::tone(Tone::Neutral);
    const QString background = unlocked ? c.background.name() : Theme::panelBackground().name();
    setStyleSheet(QStringLiteral("QFrame#followUpPanel { background: %1; border: %2px solid %3;"
                                 " border-radius: 6px; }"
                                 "QFrame#followUpPanel > QLabel { background: transparent; }")
                      .arg(background, unlocked ? QStringLiteral("2") : QStringLiteral("1"),
                           c.border.name()));
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(c.foreground.name()));
    m_remaining->setStyleSheet(QStringLiteral("color: %1;").arg(c.foreground.name()));
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg((unlocked ? c.foreground : Theme::mutedText()).name()));
    const int size = m_icon->width();
    m_icon->setPixmap(GlyphIconEngine::icon(unlocked ? Glyph::Success : Glyph::Dot,
                                            unlocked ? QColor() : Theme::frame())
                          .pixmap(QSize(size, size)));
}

void FollowUpActionsPanel::trigger(wire::FollowUpAction action) {
    app::FollowUpController *c = m_controller;
    if (!c || !c->isEnabled(action))
        return;
    if (m_confirmer &&
        !m_confirmer(window(), c->confirmationTitle(action), c->confirmationText(action),
                     app::FollowUpController::actionLabel(action)))
        return;
    // The window may have ended while the question was open.
    if (c->isEnabled(action))
        c->perform(action);
}

} // namespace vd::ui
