// SPDX-License-Identifier: MIT
// The operator's session: sign-in, restore from the keychain, sign-out, expiry. The token
// lives in memory (ApiClient) and, with "Keep me signed in", in the keychain only.
#pragma once

#include "apifailure.h"
#include "dto.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace vd::app {

class ApiClient;
class EventStream;
class TokenVault;

class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    // Neither is owned; `vault` may be nullptr (keep-signed-in then unavailable).
    Session(ApiClient *api, TokenVault *vault, QObject *parent = nullptr);
    ~Session() override;

    // POST /api/v1/session on api's server URL. Emits signedIn() or signInFailed().
    // With keepSignedIn the token is also stored in the keychain; a keychain problem emits
    // keychainWarning() but the sign-in still succeeds.
    void signIn(const QString &username, const QString &password, bool keepSignedIn);
    // Reads the keychain token of (server, username) and checks it with GET /api/v1/session.
    // Emits signedIn() or restoreFailed() (then show the sign-in dialog); a rejected token is
    // wiped from the keychain.
    void restore(const QString &username);
    // DELETE /api/v1/session, then wipes the token from memory and the keychain, whatever
    // the server answered. Emits signedOut().
    void signOut();
    // GET /api/v1/session: refreshes operator, account and policy.
    void refresh();
    // The session then runs the event stream: started with the token on every sign-in or
    // restore, stopped on sign-out and expiry (so the token never has to leave app/).
    // Not owned; nullptr detaches.
    void attachEventStream(EventStream *stream);

    bool isSignedIn() const;
    bool isBusy() const;
    QString username() const;
    QUrl serverUrl() const;
    const protocol::OperatorInfo &operatorInfo() const;
    const protocol::Permissions &permissions() const;
    const protocol::Account &account() const;
    const protocol::Policy &policy() const;
    QDateTime expiresAt() const;
    // After the operator changed them (PUT succeeded).
    void setPolicy(const protocol::Policy &policy);
    void setAccount(const protocol::Account &account);

Q_SIGNALS:
    void signedIn();
    void signInFailed(const vd::app::ApiFailure &failure);
    void restoreFailed(const QString &message);
    void signedOut();
    // Any 401 on a signed-in call: the token is wiped from memory and the keychain (the
    // server no longer accepts it). Go back to sign-in.
    void sessionExpired();
    void keychainWarning(const QString &message);
    void signedInChanged(bool signedIn);
    void busyChanged(bool busy);
    void changed(); // operator, permissions, account or policy changed

private:
    void adopt(const protocol::SessionInfo &info, const QString &username);
    void clearLocal();
    void setBusy(bool busy);
    void onExpired();

    ApiClient *m_api;
    TokenVault *m_vault;
    QPointer<EventStream> m_events;
    bool m_signedIn = false;
    bool m_busy = false;
    QString m_username;
    QUrl m_server;
    protocol::SessionInfo m_info;
};

} // namespace vd::app
