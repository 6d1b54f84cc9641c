// SPDX-License-Identifier: MIT
// The follow-up actions under the Push Verification panel (Revoke, Suspend, Resume, Reset
// PIN): renders a FollowUpController (locked with the reason, or unlocked with the time left)
// and asks for confirmation before each action. No rule lives here.
#pragma once

#include "wire.h"

#include <QFrame>
#include <QMap>
#include <QPointer>
#include <functional>

class QLabel;
class QPushButton;

namespace vd::app {
class FollowUpController;
}

namespace vd::ui {

class FollowUpActionsPanel : public QFrame {
    Q_OBJECT
public:
    // Asks the operator; true = go ahead. Tests give one that answers at once.
    using Confirmer = std::function<bool(QWidget *parent, const QString &title, const QString &text,
                                         const QString &acceptLabel)>;

    explicit FollowUpActionsPanel(QWidget *parent = nullptr);

    // Not owned.
    void setController(app::FollowUpController *controller);
    app::FollowUpController *controller() const { return m_controller; }
    void setConfirmer(Confirmer confirmer);

    QPushButton *button(wire::FollowUpAction action) const { return m_buttons.value(action); }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *remainingLabel() const { return m_remaining; }
    QLabel *messageLabel() const { return m_message; }

private:
    void render();
    void trigger(wire::FollowUpAction action);
    void applyTone(bool unlocked);

    QPointer<app::FollowUpController> m_controller;
    Confirmer m_confirmer;
    QMap<wire::FollowUpAction, QPushButton *> m_buttons;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_message = nullptr;
    int m_tone = -1; // last tone applied: 0 locked, 1 unlocked
};

} // namespace vd::ui
