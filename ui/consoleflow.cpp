// SPDX-License-Identifier: MIT
// Sign-in / main window / sign-out orchestration.
#include "consoleflow.h"

#include "apiclient.h"
#include "assignmentpage.h"
#include "eventstream.h"
#include "idlewarning.h"
#include "idlewatch.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session.h"
#include "settingsregistry.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QStatusBar>

namespace vd::ui {

using Key = app::SettingsRegistry::Key;

ConsoleFlow::ConsoleFlow(const ConsoleContext &context, const Options &options, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_options(options)
    , m_policy(app::KioskPolicy::from(context.settings, options.kiosk))
    , m_idle(new app::IdleWatch(context.clock, this)) {
    m_idle->setTimeout(m_policy.idleSignOut);
    if (m_idle->timeout().count() > 0 && qApp)
        qApp->installEventFilter(m_idle);
    connect(m_idle, &app::IdleWatch::warningStarted, this, [this](int seconds) {
        if (!m_idleWarning) {
            m_idleWarning = new IdleWarning(m_main);
            connect(m_idleWarning, &IdleWarning::stayRequested, m_idle, &app::IdleWatch::activity);
        }
        m_idleWarning->showCountdown(seconds);
    });
    connect(m_idle, &app::IdleWatch::warningTick, this, [this](int seconds) {
        if (m_idleWarning)
            m_idleWarning->showCountdown(seconds);
    });
    connect(m_idle, &app::IdleWatch::warningCancelled, this, [this] {
        if (m_idleWarning)
            m_idleWarning->hide();
    });
    connect(m_idle, &app::IdleWatch::timedOut, this, &ConsoleFlow::onIdleTimedOut);
    app::Session *s = m_ctx.session;
    connect(s, &app::Session::signedIn, this, &ConsoleFlow::onSignedIn);
    connect(s, &app::Session::signInFailed, this, &ConsoleFlow::onSignInFailed);
    connect(s, &app::Session::restoreFailed, this, &ConsoleFlow::onRestoreFailed);
    connect(s, &app::Session::signedOut, this, [this] { onEnded(QString()); });
    connect(s, &app::Session::sessionExpired, this,
            [this] { onEnded(tr("Your session has expired. Sign in again to continue.")); });
    connect(s, &app::Session::keychainWarning, this, [this](const QString &message) {
        if (m_main)
            m_main->statusBar()->showMessage(message, 15000);
    });
}

ConsoleFlow::~ConsoleFlow() {
    delete m_main;
    delete m_login;
}

void ConsoleFlow::activate() {
    QWidget *front = m_main && m_main->isVisible() ? static_cast<QWidget *>(m_main)
                                                   : static_cast<QWidget *>(m_login);
    if (!front)
        return;
    front->raise();
    front->activateWindow();
}

void ConsoleFlow::present(QWidget *window) {
    if (m_policy.fullScreen)
        window->showFullScreen();
    else
        window->show();
    window->raise();
    window->activateWindow();
}

LoginDialog *ConsoleFlow::loginDialog() const {
    return m_login;
}
MainWindow *ConsoleFlow::mainWindow() const {
    return m_main;
}

QUrl ConsoleFlow::effectiveServer() const {
    // A server IT pinned wins over the command line; otherwise --server wins for this run.
    if (m_ctx.settings && m_ctx.settings->isManaged(Key::ServerUrl))
        return m_ctx.settings->serverUrl();
    if (m_options.server.isValid() && !m_options.server.isEmpty())
        return m_options.server;
    return m_ctx.settings ? m_ctx.settings->serverUrl() : QUrl();
}

void ConsoleFlow::start() {
    const QUrl server = effectiveServer();
    const app::SettingsRegistry *settings = m_ctx.settings;
    if (settings && m_policy.keepSignedIn && settings->keepSignedIn() &&
        !settings->lastUsername().isEmpty() && server.isValid() && !server.isEmpty()) {
        m_restoring = true;
        m_ctx.api->setServerUrl(server);
        m_ctx.session->restore(settings->lastUsername());
        return;
    }
    showLogin();
}

void ConsoleFlow::showLogin(const QString &message) {
    if (!m_login) {
        m_login = new LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_login, &LoginDialog::signInRequested, this, &ConsoleFlow::onSignInRequested);
        connect(m_login, &QDialog::rejected, this, &ConsoleFlow::quitRequested);
        m_login->setKioskMode(m_policy.kiosk);
        if (m_policy.fullScreen)
            m_login->setWindowFlag(Qt::FramelessWindowHint);
    }
    const app::SettingsRegistry *settings = m_ctx.settings;
    m_login->setServer(effectiveServer().toString());
    m_login->setServerEditable(!settings || !settings->isManaged(Key::ServerUrl));
    m_login->setKeepSignedInManaged(settings && settings->isManaged(Key::KeepSignedIn));
    m_login->setKeepSignedInAllowed(m_policy.keepSignedIn);
    if (settings) {
        m_login->setUsername(settings->lastUsername());
        m_login->setKeepSignedIn(settings->keepSignedIn());
    }
    m_login->setBusy(false);
    if (message.isEmpty())
        m_login->clearError();
    else
        m_login->showError(message);
    present(m_login);
    if (message.isEmpty()) {
        QLineEdit *first = m_login->server().isEmpty()     ? m_login->serverEdit()
                           : m_login->username().isEmpty() ? m_login->usernameEdit()
                                                           : m_login->passwordEdit();
        first->setFocus(Qt::OtherFocusReason);
    }
}

void ConsoleFlow::onSignInRequested(const QUrl &server, const QString &username,
                                    const QString &password, bool keep) {
    m_keepRequested = keep;
    m_ctx.api->setServerUrl(server);
    m_ctx.session->signIn(username, password, keep);
}

void ConsoleFlow::onSignedIn() {
    app::SettingsRegistry *settings = m_ctx.settings;
    if (settings) {
        // Refused silently for values IT manages: those stay as IT set them.
        settings->setValue(Key::ServerUrl, m_ctx.session->serverUrl().toString());
        settings->setValue(Key::LastUsername, m_ctx.session->username());
        if (!m_restoring)
            settings->setValue(Key::KeepSignedIn, m_keepRequested);
        settings->sync();
    }
    m_restoring = false;
    if (m_login) {
        m_login->signInSucceeded();
        m_login->hide();
    }
    if (!m_main) {
        m_main = new MainWindow(m_ctx);
        m_main->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_main, &MainWindow::signOutRequested, m_ctx.session, &app::Session::signOut);
        m_main->installEventFilter(this);
        if (m_policy.fullScreen)
            m_main->setWindowFlag(Qt::FramelessWindowHint);
        if (!m_policy.closeAllowed) {
            // Only sign-out ends a kiosk session; Quit is not offered at all.
            for (QAction *action : m_main->findChildren<QAction *>()) {
                if (action->menuRole() == QAction::QuitRole)
                    action->setVisible(false);
            }
        }
    }
    m_idle->start();
    present(m_main);
    m_main->assignmentPage()->focusSearch();
    // The session has just (re)started the event stream, which does not signal a start.
    m_main->updateConnection();
}

void ConsoleFlow::onSignInFailed(const app::ApiFailure &failure) {
    if (!m_login)
        showLogin();
    m_login->showError(failure.message);
}

void ConsoleFlow::onRestoreFailed(const QString &message) {
    m_restoring = false;
    showLogin(message);
}

void ConsoleFlow::onEnded(const QString &message) {
    // The session has stopped the event stream already.
    wipeScreen();
    showLogin(message);
}

void ConsoleFlow::onIdleTimedOut() {
    // Off the screen at once, even while the server still answers the sign-out.
    wipeScreen();
    m_ctx.session->signOut();
}

void ConsoleFlow::wipeScreen() {
    m_idle->stop();
    if (m_idleWarning)
        m_idleWarning->hide();
    if (m_main) {
        m_main->closeRecords();
        m_main->hide();
    }
    // Message boxes and other dialogs (About, confirmations) may show the operator's data.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog != m_login && dialog->isVisible())
            dialog->reject();
    }
}

bool ConsoleFlow::eventFilter(QObject *watched, QEvent *event) {
    // Closing the main window ends the console (sign-out only hides it). The type is checked
    // first: the window's own destructor still sends events here, and comparing with m_main
    // then casts a half-destroyed object to MainWindow (undefined behaviour).
    if (event->type() == QEvent::Close && watched == m_main) {
        if (!m_policy.closeAllowed) {
            event->ignore(); // close button and Alt+F4 on a kiosk seat
            return true;
        }
        Q_EMIT quitRequested();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vd::ui
