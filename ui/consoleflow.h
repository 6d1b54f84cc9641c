// SPDX-License-Identifier: MIT
// The console's top-level flow: restore or sign in, then the main window; back to sign-in
// on sign-out or session expiry.
#pragma once

#include "consolecontext.h"
#include "idlewarning.h"
#include "kioskpolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace vd::app {
struct ApiFailure;
class IdleWatch;
} // namespace vd::app

namespace vd::ui {

class LoginDialog;
class MainWindow;

class ConsoleFlow : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl server;        // --server; empty = the setting
        bool kiosk = false; // --kiosk; the managed ui/kiosk turns it on as well
    };

    // The session should have the event stream attached (Session::attachEventStream).
    ConsoleFlow(const ConsoleContext &context, const Options &options, QObject *parent = nullptr);
    ~ConsoleFlow() override;

    // Restores a kept session when allowed, otherwise shows the sign-in dialog.
    void start();

    // Brings the visible window to the front (a second start on a kiosk station).
    void activate();

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    const app::KioskPolicy &policy() const { return m_policy; }
    app::IdleWatch *idleWatch() const { return m_idle; }
    IdleWarning *idleWarning() const { return m_idleWarning; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The operator closed the sign-in dialog or the main window.
    void quitRequested();

private:
    QUrl effectiveServer() const;
    void present(QWidget *window); // shown (full screen on a kiosk seat), raised, focused
    void showLogin(const QString &message = {});
    void onSignInRequested(const QUrl &server, const QString &username, const QString &password,
                           bool keep);
    void onSignedIn();
    void onSignInFailed(const app::ApiFailure &failure);
    void onRestoreFailed(const QString &message);
    void onEnded(const QString &message);
    void onIdleTimedOut();
    // Nothing of the operator's stays on screen: records, dialogs and the warning go.
    void wipeScreen();

    ConsoleContext m_ctx;
    Options m_options;
    app::KioskPolicy m_policy;
    app::IdleWatch *m_idle;
    QPointer<IdleWarning> m_idleWarning;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    bool m_keepRequested = false;
    bool m_restoring = false;
};

} // namespace vd::ui
