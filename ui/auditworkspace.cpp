// SPDX-License-Identifier: MIT
// AuditWorkspace: menus, tabs and the wiring of the audit views, settings pages and
// follow-up actions.
#include "auditworkspace.h"

#include "accountpage.h"
#include "auditrefreshtrigger.h"
#include "audittablemodel.h"
#include "authactivityview.h"
#include "eventstream.h"
#include "followupactionspanel.h"
#include "followupcontroller.h"
#include "managetokendialog.h"
#include "operatoractivityview.h"
#include "policyeditor.h"
#include "policypage.h"
#include "session.h"
#include "systemclock.h"
#include "userrecordwidget.h"
#include "verificationcontroller.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace vd::ui {

AuditWorkspace::AuditWorkspace(const ConsoleContext &context, QTabWidget *tabs, QMenuBar *menuBar,
                               QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_tabs(tabs)
    , m_trigger(new app::AuditRefreshTrigger(context.events, this)) {
    if (!m_ctx.clock)
        m_ctx.clock = &app::SystemClock::instance();
    buildMenus(menuBar);
    connect(m_trigger, &app::AuditRefreshTrigger::refreshNeeded, this,
            &AuditWorkspace::refreshViews);
    if (m_ctx.session)
        connect(m_ctx.session, &app::Session::changed, this, &AuditWorkspace::updateAccess);
    updateAccess();
}

AuditWorkspace::~AuditWorkspace() = default;

void AuditWorkspace::buildMenus(QMenuBar *menuBar) {
    m_snapshot = new QMenu(tr("S&napshot"), menuBar);
    m_authAction = m_snapshot->addAction(tr("&Authentication Activity"), this,
                                         &AuditWorkspace::openAuthenticationActivity);
    m_operatorAction = m_snapshot->addAction(tr("&Operator Activity"), this,
                                             &AuditWorkspace::openOperatorActivity);

    m_policy = new QMenu(tr("&Policy"), menuBar);
    QMenu *tokenPolicies = m_policy->addMenu(tr("&Token Policies"));
    m_policyAction =
        tokenPolicies->addAction(tr("&Authentication Policy"), this, &AuditWorkspace::openPolicy);
    m_accountAction = m_policy->addAction(tr("A&ccount"), this, &AuditWorkspace::openAccount);

    // Before Help, which stays last as everywhere else.
    const QList<QAction *> menus = menuBar->actions();
    QAction *before = menus.isEmpty() ? nullptr : menus.last();
    menuBar->insertMenu(before, m_snapshot);
    menuBar->insertMenu(before, m_policy);
}

protocol::Permissions AuditWorkspace::permissions() const {
    return m_ctx.session ? m_ctx.session->permissions() : protocol::Permissions{};
}

int AuditWorkspace::windowMinutes() const {
    return m_ctx.session ? m_ctx.session->policy().followUpWindowMinutes : 0;
}

void AuditWorkspace::updateAccess() {
    const protocol::Permissions p = permissions();
    const bool audit = app::AuditTableModel::isAllowed(p);
    // Disabled rather than hidden: the operator learns the logs exist and why they are shut.
    const QString why = audit ? QString() : app::AuditTableModel::deniedReason();
    for (QAction *a : {m_authAction, m_operatorAction}) {
        a->setEnabled(audit);
        a->setStatusTip(why);
        a->setToolTip(why.isEmpty() ? a->text().remove(QLatin1Char('&')) : why);
    }
    m_snapshot->setToolTipsVisible(true);
    if (m_authView)
        m_authView->setPermissions(p);
    if (m_operatorView)
        m_operatorView->setPermissions(p);
    for (const auto &view : std::as_const(m_recordViews)) {
        if (view)
            view->setPermissions(p);
    }
    for (const auto &followUp : std::as_const(m_followUps)) {
        if (!followUp)
            continue;
        followUp->setPermissions(p);
        followUp->setWindowMinutes(windowMinutes());
    }
}

void AuditWorkspace::refreshViews() {
    if (m_authView)
        m_authView->refresh();
    if (m_operatorView)
        m_operatorView->refresh();
    for (const auto &view : std::as_const(m_recordViews)) {
        if (view)
            view->refresh();
    }
}

void AuditWorkspace::show(QWidget *page, const QString &title) {
    if (m_tabs->indexOf(page) < 0)
        m_tabs->addTab(page, title);
    m_tabs->setCurrentWidget(page);
}

AuthActivityView *AuditWorkspace::openAuthenticationActivity() {
    if (!m_authView) {
        m_authView = new AuthActivityView(m_ctx.api, m_ctx.clock, m_tabs);
        m_authView->setContentsMargins(20, 16, 20, 12);
        m_authView->setPermissions(permissions());
    }
    show(m_authView, tr("Authentication Activity"));
    return m_authView;
}

OperatorActivityView *AuditWorkspace::openOperatorActivity() {
    if (!m_operatorView) {
        m_operatorView = new OperatorActivityView(m_ctx.api, m_ctx.clock, m_tabs);
        m_operatorView->setContentsMargins(20, 16, 20, 12);
        m_operatorView->setPermissions(permissions());
    }
    show(m_operatorView, tr("Operator Activity"));
    return m_operatorView;
}

PolicyPage *AuditWorkspace::openPolicy() {
    if (!m_policyPage) {
        auto *editor = new app::PolicyEditor(m_ctx.api, m_ctx.session);
        m_policyPage = new PolicyPage(editor, m_tabs);
        editor->setParent(m_policyPage);
    }
    m_policyPage->reload();
    show(m_policyPage, tr("Authentication Policy"));
    return m_policyPage;
}

AccountPage *AuditWorkspace::openAccount() {
    if (!m_accountPage) {
        auto *editor = new app::PolicyEditor(m_ctx.api, m_ctx.session);
        m_accountPage = new AccountPage(editor, m_tabs);
        editor->setParent(m_accountPage);
    }
    m_accountPage->reload();
    show(m_accountPage, tr("Account"));
    return m_accountPage;
}

AuthActivityView *AuditWorkspace::attachUserRecord(UserRecordWidget *record) {
    auto *view = new AuthActivityView(m_ctx.api, m_ctx.clock, record);
    view->setFixedUser(record->user().userId);
    record->addSection(tr("Authentication Activity"), view);
    view->setPermissions(permissions());
    m_recordViews.removeAll(nullptr);
    m_recordViews.append(view);
    return view;
}

app::FollowUpController *
AuditWorkspace::attachManageDialog(ManageTokenDialog *dialog,
                                   app::VerificationController *verification) {
    m_trigger->watch(verification);
    auto *followUp = new app::FollowUpController(m_ctx.api, m_ctx.clock, verification, dialog);
    followUp->setToken(dialog->token());
    followUp->setWindowMinutes(windowMinutes());
    followUp->setPermissions(permissions());
    auto *panel = new FollowUpActionsPanel(dialog);
    panel->setController(followUp);
    dialog->addBelowPanel(panel);
    const QString userId = dialog->user().userId;
    connect(followUp, &app::FollowUpController::actionSucceeded, dialog,
            [this, dialog, userId](wire::FollowUpAction, const protocol::Token &token) {
                dialog->setToken(token);
                Q_EMIT tokenChanged(userId, token);
                m_trigger->notifyChanged();
            });
    m_followUps.removeAll(nullptr);
    m_followUps.append(followUp);
    return followUp;
}

} // namespace vd::ui
