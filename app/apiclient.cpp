// SPDX-License-Identifier: MIT
// ApiClient (stub; implementation follows).
#include "apiclient.h"

namespace vd::app {

ApiClient::ApiClient(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport) {}
ApiClient::~ApiClient() = default;
void ApiClient::setServerUrl(const QUrl &url) {
    m_serverUrl = url;
}
QUrl ApiClient::serverUrl() const {
    return m_serverUrl;
}
void ApiClient::setSessionToken(const QByteArray &token) {
    m_token = token;
}
void ApiClient::clearSessionToken() {
    m_token.clear();
}
bool ApiClient::hasSessionToken() const {
    return !m_token.isEmpty();
}
void ApiClient::cancel(CallId) {}
bool ApiClient::isActive(CallId) const {
    return false;
}
ApiClient::CallId ApiClient::createSession(const QString &, const QString &, QObject *,
                                           Callback<protocol::SessionInfo>) {
    return 0;
}
ApiClient::CallId ApiClient::getSession(QObject *, Callback<protocol::SessionInfo>) {
    return 0;
}
ApiClient::CallId ApiClient::deleteSession(QObject *, Callback<NoContent>) {
    return 0;
}
ApiClient::CallId ApiClient::searchUsers(const QString &, int, int, QObject *,
                                         Callback<protocol::Page<protocol::User>>) {
    return 0;
}
ApiClient::CallId ApiClient::userDetail(const QString &, QObject *,
                                        Callback<protocol::UserDetail>) {
    return 0;
}
ApiClient::CallId ApiClient::updateToken(const QString &, const TokenPatch &, QObject *,
                                         Callback<protocol::Token>) {
    return 0;
}
ApiClient::CallId ApiClient::createActivationCode(const QString &, QObject *, Callback<QString>) {
    return 0;
}
ApiClient::CallId ApiClient::tokenAction(const QString &, wire::FollowUpAction, const QString &,
                                         QObject *, Callback<protocol::Token>) {
    return 0;
}
ApiClient::CallId ApiClient::policy(QObject *, Callback<protocol::Policy>) {
    return 0;
}
ApiClient::CallId ApiClient::updatePolicy(const protocol::Policy &, QObject *,
                                          Callback<protocol::Policy>) {
    return 0;
}
ApiClient::CallId ApiClient::account(QObject *, Callback<protocol::Account>) {
    return 0;
}
ApiClient::CallId ApiClient::createVerification(const QString &, const QString &,
                                                const std::optional<QString> &, QObject *,
                                                Callback<protocol::Verification>) {
    return 0;
}
ApiClient::CallId ApiClient::verification(const QString &, QObject *,
                                          Callback<protocol::Verification>) {
    return 0;
}
ApiClient::CallId ApiClient::cancelVerification(const QString &, QObject *, Callback<NoContent>) {
    return 0;
}
ApiClient::CallId
ApiClient::authenticationAudit(const AuditQuery &, QObject *,
                               Callback<protocol::Page<protocol::AuthAuditEntry>>) {
    return 0;
}
ApiClient::CallId ApiClient::operatorAudit(const AuditQuery &, QObject *,
                                           Callback<protocol::Page<protocol::OperatorAuditEntry>>) {
    return 0;
}

} // namespace vd::app
