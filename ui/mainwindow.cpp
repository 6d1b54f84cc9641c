// SPDX-License-Identifier: MIT
// Main window wiring.
#include "mainwindow.h"

#include "assignmentpage.h"
#include "auditworkspace.h"
#include "connectionindicator.h"
#include "consoletabwidget.h"
#include "eventstream.h"
#include "glyphiconengine.h"
#include "managetokendialog.h"
#include "session.h"
#include "settingsregistry.h"
#include "systemclock.h"
#include "userrecordwidget.h"
#include "usersearchmodel.h"
#include "verificationcontroller.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <chrono>

namespace vd::ui {

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(context)
    , m_search(new app::UserSearchModel(context.api, this)) {
    setWindowIcon(GlyphIconEngine::icon(Glyph::App));
    setObjectName(QStringLiteral("mainWindow"));

    m_tabs = new ConsoleTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_assignment = new AssignmentPage(m_search, m_tabs);
    m_tabs->addTab(m_assignment, tr("Assignment"));
    // The Assignment tab is the home page: it has no close button. setTabButton() only hides
    // the button it replaces and keeps it as a child of the tab bar, so it is deleted here.
    for (QTabBar::ButtonPosition side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *close = m_tabs->tabBar()->tabButton(0, side)) {
            m_tabs->tabBar()->setTabButton(0, side, nullptr);
            delete close;
        }
    }
    setCentralWidget(m_tabs);

    buildMenus();
    buildStatusBar();
    // Snapshot and Policy menus, audit views, settings pages and follow-up actions.
    m_audit = new AuditWorkspace(m_ctx, m_tabs, menuBar(), this);
    connect(m_audit, &AuditWorkspace::tokenChanged, this,
            [this](const QString &userId, const protocol::Token &token) {
                if (UserRecordWidget *record = userRecord(userId))
                    record->updateToken(token);
            });

    connect(m_assignment, &AssignmentPage::userActivated, this, &MainWindow::openUser);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    if (m_ctx.session)
        connect(m_ctx.session, &app::Session::changed, this, &MainWindow::updateSessionInfo);
    if (m_ctx.events)
        connect(m_ctx.events, &app::EventStream::connectionChanged, this,
                &MainWindow::updateConnection);
    updateSessionInfo();
    updateConnection();

    resize(1180, 720);
    setMinimumSize(760, 480);
}

MainWindow::~MainWindow() {
    // Open Manage dialogs are children and die after this body, when m_dialogs is gone
    // already: their destroyed() must not reach the lambda that edits it.
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (dialog)
            dialog->disconnect(this);
    }
}

void MainWindow::buildMenus() {
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *signOut = session->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(GlyphIconEngine::icon(Glyph::Search), tr("&Find user"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_assignment);
        m_assignment->focusSearch();
    });
    QAction *closeTab = edit->addAction(tr("&Close user record"));
    closeTab->setShortcut(QKeySequence::Close);
    connect(closeTab, &QAction::triggered, this,
            [this] { this->closeTab(m_tabs->currentIndex()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About VerifyDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About VerifyDesk"),
            tr("<b>VerifyDesk %1</b><p>Verify a caller's identity with a MobilePASS+ push "
               "before a password reset, PIN change or token revocation.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar() {
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setAccessibleName(tr("Signed-in operator"));
    m_serverLabel = new QLabel(this);
    m_serverLabel->setAccessibleName(tr("Server"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection = new ConnectionIndicator(this);
    const auto separator = [this] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Plain);
        line->setForegroundRole(QPalette::Mid);
        return line;
    };
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::updateSessionInfo() {
    const app::Session *s = m_ctx.session;
    const QString account = s ? s->account().name : QString();
    setWindowTitle(account.isEmpty() ? tr("VerifyDesk") : tr("VerifyDesk — %1").arg(account));
    if (!s || !s->isSignedIn()) {
        m_operatorLabel->setText(tr("Not signed in"));
        m_serverLabel->clear();
    } else {
        const protocol::OperatorInfo &op = s->operatorInfo();
        const QString name = op.displayName.isEmpty() ? op.username : op.displayName;
        m_operatorLabel->setText(tr("Signed in as %1 (%2)").arg(name, op.username));
        m_operatorLabel->setToolTip(tr("Role: %1").arg(op.role));
        m_serverLabel->setText(s->serverUrl().toDisplayString(QUrl::RemoveUserInfo));
    }
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (dialog && s)
            dialog->setAccess(s->account(), s->permissions());
    }
}

void MainWindow::updateConnection() {
    using S = ConnectionIndicator::State;
    const app::EventStream *e = m_ctx.events;
    if (!e || !e->isStarted())
        m_connection->setState(S::Off);
    else
        m_connection->setState(e->isConnected() ? S::Connected : S::Connecting);
}

UserRecordWidget *MainWindow::userRecord(const QString &userId) const {
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *record = qobject_cast<UserRecordWidget *>(m_tabs->widget(i));
        if (record && record->user().userId == userId)
            return record;
    }
    return nullptr;
}

ManageTokenDialog *MainWindow::manageDialog(const QString &serial) const {
    return m_dialogs.value(serial);
}

UserRecordWidget *MainWindow::openUser(const protocol::User &user) {
    // Click, double-click and Enter may all arrive for one gesture: open once, then focus.
    UserRecordWidget *record = userRecord(user.userId);
    if (!record) {
        record = new UserRecordWidget(m_ctx.api, user, m_tabs);
        const QString title = user.displayName().isEmpty() ? user.userId : user.displayName();
        const int index = m_tabs->addTab(record, title);
        m_tabs->setTabToolTip(index, user.userId);
        connect(record, &UserRecordWidget::manageRequested, this, &MainWindow::manageToken);
        m_audit->attachUserRecord(record);
    }
    m_tabs->setCurrentWidget(record);
    record->tokensTable()->setFocus(Qt::OtherFocusReason);
    return record;
}

ManageTokenDialog *MainWindow::manageToken(const protocol::User &user,
                                           const protocol::Token &token) {
    if (ManageTokenDialog *open = m_dialogs.value(token.serial)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const app::Clock *clock = m_ctx.clock ? m_ctx.clock : &app::SystemClock::instance();
    auto *controller = new app::VerificationController(m_ctx.api, clock, m_ctx.events);
    auto *dialog = new ManageTokenDialog(user, token, controller, this);
    controller->setParent(dialog);
    if (m_ctx.settings)
        controller->setAutoHideDelay(std::chrono::seconds(m_ctx.settings->autoHideSeconds()));
    if (m_ctx.session)
        dialog->setAccess(m_ctx.session->account(), m_ctx.session->permissions());
    m_audit->attachManageDialog(dialog, controller);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(token.serial, dialog);
    connect(dialog, &QObject::destroyed, this,
            [this, serial = token.serial] { m_dialogs.remove(serial); });
    dialog->open();
    return dialog;
}

void MainWindow::closeRecords() {
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (dialog)
            dialog->reject();
    }
    for (int i = m_tabs->count() - 1; i > 0; --i)
        closeTab(i);
    m_search->clear();
    m_assignment->searchField()->clear();
}

void MainWindow::closeTab(int index) {
    QWidget *page = m_tabs->widget(index);
    if (!page || page == m_assignment)
        return;
    m_tabs->removeTab(index);
    page->deleteLater();
}

} // namespace vd::ui
