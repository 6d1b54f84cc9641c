// SPDX-License-Identifier: MIT
// Manage one token: its details, Send Push (as SendPushRule decides) and the Push
// Verification panel beside them.
#pragma once

#include "dto.h"

#include <QDialog>
#include <QPointer>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace vd::app {
class VerificationController;
}

namespace vd::ui {

class PushVerificationPanel;
class TicketCheck;

class ManageTokenDialog : public QDialog {
    Q_OBJECT
public:
    // `controller` is not owned; it usually has this dialog as its parent.
    ManageTokenDialog(const protocol::User &user, const protocol::Token &token,
                      app::VerificationController *controller, QWidget *parent = nullptr);

    // The account features and the operator's permissions decide Send Push.
    void setAccess(const protocol::Account &account, const protocol::Permissions &permissions);
    void setToken(const protocol::Token &token);
    // Puts a widget right under the Push Verification panel (the follow-up actions).
    void addBelowPanel(QWidget *widget);
    const protocol::Token &token() const { return m_token; }
    const protocol::User &user() const { return m_user; }

    QPushButton *sendPushButton() const { return m_sendPush; }
    QLineEdit *ticketEdit() const { return m_ticket; }
    TicketCheck *ticketCheck() const { return m_ticketCheck; }
    PushVerificationPanel *panel() const { return m_panel; }
    QLabel *sendPushHint() const { return m_hint; }

public Q_SLOTS:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *buildDetails();
    QWidget *buildPlaceholder();
    void renderToken();
    void updateSendPush();
    void sendPush();
    void onPanelDisplayed(bool displayed);
    void fitToContents();

    protocol::User m_user;
    protocol::Token m_token;
    protocol::Account m_account;
    protocol::Permissions m_permissions;
    QPointer<app::VerificationController> m_controller;

    QLabel *m_serial = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_push = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_owner = nullptr;
    QWidget *m_verifyBox = nullptr;
    QLineEdit *m_ticket = nullptr;
    TicketCheck *m_ticketCheck = nullptr;
    QBoxLayout *m_rightColumn = nullptr;
    QPushButton *m_sendPush = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    PushVerificationPanel *m_panel = nullptr;
};

} // namespace vd::ui
