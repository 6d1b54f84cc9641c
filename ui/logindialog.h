// SPDX-License-Identifier: MIT
// The sign-in dialog: server, username, password, optional "keep me signed in"; errors inline.
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vd::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &url);
    void setUsername(const QString &username);
    // false when IT pins the server: greyed, with "Set by your administrator".
    void setServerEditable(bool editable);
    // Hidden entirely when policy forbids it, so nobody is offered what they cannot have.
    void setKeepSignedInAllowed(bool allowed);
    void setKeepSignedIn(bool keep);
    // IT decided the value (session/keepSignedIn managed): greyed, the managed value shown.
    void setKeepSignedInManaged(bool managed);
    // Kiosk: no Quit button, and Esc / close leave the dialog up (only sign-in continues).
    void setKioskMode(bool kiosk);
    bool isKioskMode() const { return m_kiosk; }

    QString server() const;
    QString username() const;
    QString password() const;
    bool keepSignedIn() const;

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *keepSignedInBox() const { return m_keep; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *quitButton() const { return m_quit; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *serverManagedHint() const { return m_serverHint; }
    QLabel *keepSignedInManagedHint() const { return m_keepHint; }

public Q_SLOTS:
    void reject() override;
    // While busy the inputs are locked and the button says so; an error re-enables them.
    void setBusy(bool busy);
    void showError(const QString &message);
    void clearError();
    // Called by the owner once the session is established.
    void signInSucceeded();

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &username, const QString &password,
                         bool keepSignedIn);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void submit();
    void updateSignInEnabled();

    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_serverHint = nullptr;
    QLabel *m_keepHint = nullptr;
    bool m_busy = false;
    bool m_keepAllowed = true;
    bool m_kiosk = false;
};

} // namespace vd::ui
