// SPDX-License-Identifier: MIT
// Session (stub; implementation follows).
#include "session.h"

#include "apiclient.h"
#include "tokenvault.h"

namespace vd::app {

Session::Session(ApiClient *api, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_vault(vault) {}
Session::~Session() = default;
void Session::signIn(const QString &, const QString &, bool) {}
void Session::restore(const QString &) {}
void Session::signOut() {}
void Session::refresh() {}
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
}
void Session::setAccount(const protocol::Account &account) {
    m_info.account = account;
}
void Session::adopt(const protocol::SessionInfo &, const QString &) {}
void Session::clearLocal() {}
void Session::setBusy(bool busy) {
    m_busy = busy;
}
void Session::onExpired() {}

} // namespace vd::app
