// SPDX-License-Identifier: MIT
// The Push Verification panel: renders a VerificationController (number, countdown, result)
// and forwards ✕ / Esc to it. No rule lives here.
#pragma once

#include "verificationcontroller.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;

namespace vd::ui {

class PushVerificationPanel : public QFrame {
    Q_OBJECT
public:
    explicit PushVerificationPanel(QWidget *parent = nullptr);

    // Not owned. The panel shows itself for every state but Hidden.
    void setController(app::VerificationController *controller);
    app::VerificationController *controller() const { return m_controller; }

    // For tests and the screenshot tool.
    QLabel *numberLabel() const { return m_number; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *resultLabel() const { return m_resultText; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *cancelButton() const { return m_cancel; }
    QWidget *busyRow() const { return m_busy; }

Q_SIGNALS:
    // The panel appeared (a verification started) or went away (hidden, cancelled).
    void displayedChanged(bool displayed);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void render();
    void renderResult();
    void requestCancel();
    QWidget *buildChallenge();
    QWidget *buildPlainPush();
    QWidget *buildWaitingRow();
    QWidget *buildResult();

    QPointer<app::VerificationController> m_controller;
    QToolButton *m_cancel = nullptr;
    QLabel *m_userName = nullptr;
    QLabel *m_serial = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_statusCaption = nullptr;
    QWidget *m_busy = nullptr;
    QWidget *m_challenge = nullptr;
    QLabel *m_number = nullptr;
    QWidget *m_plain = nullptr;
    QWidget *m_waitingRow = nullptr;
    QLabel *m_countdown = nullptr;
    QWidget *m_reconnect = nullptr;
    QFrame *m_result = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultText = nullptr;
    QLabel *m_actionText = nullptr;
    QLabel *m_reasonText = nullptr;
    bool m_displayed = false;
};

} // namespace vd::ui
