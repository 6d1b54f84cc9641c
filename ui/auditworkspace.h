// SPDX-License-Identifier: MIT
// The audit and settings side of the main window: the Snapshot menu (Authentication and
// Operator Activity) and the Policy menu (Authentication Policy, Account) as tabs, the
// Authentication Activity of each user record, the ticket check and follow-up actions of each
// Manage dialog, permissions kept current, and the views refreshed when a verification ends.
#pragma once

#include "accountpage.h"
#include "authactivityview.h"
#include "consolecontext.h"
#include "dto.h"
#include "followupcontroller.h"
#include "operatoractivityview.h"
#include "policypage.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMenuBar;
class QTabWidget;
class QWidget;

namespace vd::app {
class AuditRefreshTrigger;
class VerificationController;
} // namespace vd::app

namespace vd::ui {

class ManageTokenDialog;
class UserRecordWidget;

class AuditWorkspace : public QObject {
    Q_OBJECT
public:
    // The menus go into `menuBar` before its last menu (Help); pages open as tabs of `tabs`.
    AuditWorkspace(const ConsoleContext &context, QTabWidget *tabs, QMenuBar *menuBar,
                   QObject *parent = nullptr);
    ~AuditWorkspace() override;

    // The record's Authentication Activity section (that user's entries).
    AuthActivityView *attachUserRecord(UserRecordWidget *record);
    // The dialog's ticket check and follow-up actions under its panel.
    app::FollowUpController *attachManageDialog(ManageTokenDialog *dialog,
                                                app::VerificationController *verification);

    QMenu *snapshotMenu() const { return m_snapshot; }
    QMenu *policyMenu() const { return m_policy; }
    QAction *authActivityAction() const { return m_authAction; }
    QAction *operatorActivityAction() const { return m_operatorAction; }
    QAction *policyAction() const { return m_policyAction; }
    QAction *accountAction() const { return m_accountAction; }
    app::AuditRefreshTrigger *refreshTrigger() const { return m_trigger; }

public Q_SLOTS:
    AuthActivityView *openAuthenticationActivity();
    OperatorActivityView *openOperatorActivity();
    PolicyPage *openPolicy();
    AccountPage *openAccount();

Q_SIGNALS:
    // A follow-up action changed a token (the user record shows it too).
    void tokenChanged(const QString &userId, const vd::protocol::Token &token);

private:
    void buildMenus(QMenuBar *menuBar);
    void updateAccess();
    void refreshViews();
    void show(QWidget *page, const QString &title);
    protocol::Permissions permissions() const;
    int windowMinutes() const;

    ConsoleContext m_ctx;
    QTabWidget *m_tabs;
    app::AuditRefreshTrigger *m_trigger;
    QMenu *m_snapshot = nullptr;
    QMenu *m_policy = nullptr;
    QAction *m_authAction = nullptr;
    QAction *m_operatorAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_accountAction = nullptr;
    QPointer<AuthActivityView> m_authView;
    QPointer<OperatorActivityView> m_operatorView;
    QPointer<PolicyPage> m_policyPage;
    QPointer<AccountPage> m_accountPage;
    QList<QPointer<AuthActivityView>> m_recordViews;
    QList<QPointer<app::FollowUpController>> m_followUps;
};

} // namespace vd::ui
