// SPDX-License-Identifier: MIT
// The console's main window: wiring of the Assignment tab, user records, Manage dialogs,
// menus and the status bar. No rule and no server call of its own.
#pragma once

#include "consolecontext.h"
#include "dto.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace vd::app {
class UserSearchModel;
}

namespace vd::ui {

class AssignmentPage;
class AuditWorkspace;
class ConnectionIndicator;
class ManageTokenDialog;
class UserRecordWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    AssignmentPage *assignmentPage() const { return m_assignment; }
    QTabWidget *tabs() const { return m_tabs; }
    app::UserSearchModel *searchModel() const { return m_search; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    AuditWorkspace *auditWorkspace() const { return m_audit; }
    UserRecordWidget *userRecord(const QString &userId) const;
    ManageTokenDialog *manageDialog(const QString &serial) const;

public Q_SLOTS:
    // Opens (or brings forward) the record tab of a user.
    UserRecordWidget *openUser(const vd::protocol::User &user);
    // Opens (or brings forward) the Manage dialog of a token.
    ManageTokenDialog *manageToken(const vd::protocol::User &user,
                                   const vd::protocol::Token &token);
    // Closes every user tab and dialog (sign-out, session expiry).
    void closeRecords();
    // Re-reads the event stream state (EventStream does not signal a start).
    void updateConnection();

Q_SIGNALS:
    void signOutRequested();

private:
    void buildMenus();
    void buildStatusBar();
    void updateSessionInfo();
    void closeTab(int index);

    ConsoleContext m_ctx;
    app::UserSearchModel *m_search;
    QTabWidget *m_tabs = nullptr;
    AssignmentPage *m_assignment = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    AuditWorkspace *m_audit = nullptr;
    QHash<QString, QPointer<ManageTokenDialog>> m_dialogs;
};

} // namespace vd::ui
