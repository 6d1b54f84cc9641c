// SPDX-License-Identifier: MIT
// The sign-in dialog: server, username, password, optional "keep me signed in"; errors inline.
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
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
    void setServerEditable(bool editable); // false when IT pins the server
    // Hidden entirely when policy forbids it, so nobody is offered what they cannot have.
    void setKeepSignedInAllowed(bool allowed);
    void setKeepSignedIn(bool keep);

    QString server() const;
    QString username() const;
    QString password() const;
    bool keepSignedIn() const;

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *keepSignedInBox() const { return m_keep; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    // While busy the inputs are locked and the button says so; an error re-enables them.
    void setBusy(bool busy);
    void showError(const QString &message);
    void clearError();
    // Called by the owner once the session is established.
    void signInSucceeded();

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &username, const QString &password,
                         bool keepSignedIn);

private:
    void submit();
    void updateSignInEnabled();

    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_error = nullptr;
    bool m_busy = false;
    bool m_keepAllowed = true;
};

} // namespace vd::ui
