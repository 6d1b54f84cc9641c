// SPDX-License-Identifier: MIT
// Session: sign-in, keychain restore, sign-out and expiry around ApiClient's token.
#include "session.h"

#include "apiclient.h"
#include "eventstream.h"
#include "logcategories.h"
#include "tokenvault.h"

namespace vd::app {

Session::Session(ApiClient *api, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_vault(vault) {
    connect(m_api, &ApiClient::sessionExpired, this, &Session::onExpired);
}

Session::~Session() = default;

void Session::signIn(const QString &username, const QString &password, bool keepSignedIn) {
    if (m_busy)
        return;
    setBusy(true);
    m_api->clearSessionToken();
    const QUrl server = m_api->serverUrl();
    qCInfo(lcSession).noquote() << "signing in as" << username << "at" << server.toString();
    m_api->createSession(
        username, password, this,
        [this, username, server, keepSignedIn](const ApiResult<protocol::SessionInfo> &r) {
            setBusy(false);
            if (!r) {
                qCInfo(lcSession) << "sign-in failed:" << ApiFailure::kindName(r.failure().kind);
                Q_EMIT signInFailed(r.failure());
                return;
            }
            QByteArray token = r->token.value_or(QString()).toUtf8();
            m_api->setSessionToken(token);
            adopt(r.value(), username);
            if (m_events)
                m_events->start(server, token);
            if (m_vault) {
                if (keepSignedIn) {
                    m_vault->store(server, username, token, this,
                                   [this](const TokenVault::Result &stored) {
                                       if (!stored.ok)
                                           Q_EMIT keychainWarning(stored.message);
                                   });
                } else {
                    // The operator unticked "Keep me signed in": forget an earlier token.
                    m_vault->wipe(server, username, this, {});
                }
            }
            token.fill('\0');
            Q_EMIT signedIn();
        });
}

void Session::restore(const QString &username) {
    if (m_busy)
        return;
    if (!m_vault) {
        Q_EMIT restoreFailed(TokenVault::noKeychainMessage());
        return;
    }
    setBusy(true);
    const QUrl server = m_api->serverUrl();
    m_vault->restore(server, username, this, [this, username, server](const TokenVault::Result &r) {
        if (!r.ok) {
            setBusy(false);
            Q_EMIT restoreFailed(r.message);
            return;
        }
        m_api->setSessionToken(r.token);
        m_api->getSession(this, [this, username, server,
                                 token = r.token](const ApiResult<protocol::SessionInfo> &s) {
            setBusy(false);
            if (!s) {
                m_api->clearSessionToken();
                if (s.failure().kind == ApiFailure::Kind::Unauthenticated)
                    m_vault->wipe(server, username, this, {});
                qCInfo(lcSession) << "restore failed:" << ApiFailure::kindName(s.failure().kind);
                Q_EMIT restoreFailed(s.failure().message);
                return;
            }
            adopt(s.value(), username);
            if (m_events)
                m_events->start(server, token);
            qCInfo(lcSession).noquote() << "restored session of" << username;
            Q_EMIT signedIn();
        });
    });
}

void Session::signOut() {
    const QUrl server = m_server.isEmpty() ? m_api->serverUrl() : m_server;
    const QString username = m_username;
    const bool wasSignedIn = m_signedIn;
    qCInfo(lcSession).noquote() << "signing out" << username;
    // Marked signed out first so the DELETE's own 401 (if any) is not a second "expired".
    m_signedIn = false;
    if (wasSignedIn)
        Q_EMIT signedInChanged(false);
    if (m_vault && !username.isEmpty())
        m_vault->wipe(server, username, this, [](const TokenVault::Result &r) {
            if (!r.ok)
                qCWarning(lcSession).noquote() << "keychain wipe failed:" << r.message;
        });
    if (!m_api->hasSessionToken()) {
        clearLocal();
        Q_EMIT signedOut();
        return;
    }
    setBusy(true);
    // The request holds its own copy of the header; memory is wiped right away.
    m_api->deleteSession(this, [this](const ApiResult<NoContent> &) {
        setBusy(false);
        Q_EMIT signedOut();
    });
    clearLocal();
}

void Session::refresh() {
    if (!m_signedIn)
        return;
    m_api->getSession(this, [this](const ApiResult<protocol::SessionInfo> &r) {
        if (r && m_signedIn)
            adopt(r.value(), m_username);
    });
}

bool Session::isSignedIn() const {
    return m_signedIn;
}

bool Session::isBusy() const {
    return m_busy;
}

QString Session::username() const {
    return m_username;
}

QUrl Session::serverUrl() const {
    return m_server;
}

const protocol::OperatorInfo &Session::operatorInfo() const {
    return m_info.operatorInfo;
}

const protocol::Permissions &Session::permissions() const {
    return m_info.operatorInfo.permissions;
}

const protocol::Account &Session::account() const {
    return m_info.account;
}

const protocol::Policy &Session::policy() const {
    return m_info.policy;
}

QDateTime Session::expiresAt() const {
    return m_info.expiresAt;
}

void Session::setPolicy(const protocol::Policy &policy) {
    m_info.policy = policy;
    Q_EMIT changed();
}

void Session::setAccount(const protocol::Account &account) {
    m_info.account = account;
    Q_EMIT changed();
}

void Session::adopt(const protocol::SessionInfo &info, const QString &username) {
    m_info = info;
    m_info.token.reset(); // the token lives in ApiClient only
    m_username = username;
    m_server = m_api->serverUrl();
    const bool was = m_signedIn;
    m_signedIn = true;
    if (!was)
        Q_EMIT signedInChanged(true);
    Q_EMIT changed();
}

void Session::attachEventStream(EventStream *stream) {
    m_events = stream;
}

void Session::clearLocal() {
    if (m_events)
        m_events->stop();
    m_api->clearSessionToken();
    m_info = protocol::SessionInfo{};
}

void Session::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Session::onExpired() {
    if (!m_signedIn)
        return;
    qCInfo(lcSession).noquote() << "session of" << m_username << "expired";
    if (m_vault)
        m_vault->wipe(m_server, m_username, this, {});
    clearLocal();
    m_signedIn = false;
    Q_EMIT signedInChanged(false);
    Q_EMIT sessionExpired();
}

} // namespace vd::app
