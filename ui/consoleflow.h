// SPDX-License-Identifier: MIT
// The console's top-level flow: restore or sign in, then the main window; back to sign-in
// on sign-out or session expiry.
#pragma once

#include "consolecontext.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace vd::app {
struct ApiFailure;
}

namespace vd::ui {

class LoginDialog;
class MainWindow;

class ConsoleFlow : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl server; // --server; empty = the setting
        bool kiosk = false;
    };

    // The session should have the event stream attached (Session::attachEventStream).
    ConsoleFlow(const ConsoleContext &context, const Options &options, QObject *parent = nullptr);
    ~ConsoleFlow() override;

    // Restores a kept session when allowed, otherwise shows the sign-in dialog.
    void start();

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The operator closed the sign-in dialog or the main window.
    void quitRequested();

private:
    QUrl effectiveServer() const;
    void showLogin(const QString &message = {});
    void onSignInRequested(const QUrl &server, const QString &username, const QString &password,
                           bool keep);
    void onSignedIn();
    void onSignInFailed(const app::ApiFailure &failure);
    void onRestoreFailed(const QString &message);
    void onEnded(const QString &message);

    ConsoleContext m_ctx;
    Options m_options;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    bool m_keepRequested = false;
    bool m_restoring = false;
};

} // namespace vd::ui
