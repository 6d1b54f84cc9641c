// SPDX-License-Identifier: MIT
// Reading the directory needs view on Authentication Methods; changing a token needs edit.
#include "directoryservice.h"

#include "access.h"
#include "lookups.h"

namespace vd::server {

DirectoryService::DirectoryService(Store &store)
    : m_store(store) {}

Result<protocol::Page<protocol::User>>
DirectoryService::search(const OperatorRecord &op, const QString &query, int offset, int limit) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::View);
        !s)
        return s.error();
    return m_store.searchUsers(query.trimmed(), offset, limit);
}

Result<protocol::UserDetail> DirectoryService::user(const OperatorRecord &op,
                                                    const QString &userId) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::View);
        !s)
        return s.error();
    auto u = m_store.userById(userId);
    if (!u)
        return u.error();
    if (!u.value())
        return ServiceError::notFound(QStringLiteral("User '%1'").arg(userId));
    auto tokens = m_store.tokensOfUser(userId);
    if (!tokens)
        return tokens.error();
    protocol::UserDetail d;
    d.user = *u.value();
    for (const auto &t : tokens.value())
        d.authenticationMethods.append(t.token);
    return d;
}

Result<protocol::Token> DirectoryService::patchToken(const OperatorRecord &op,
                                                     const QString &serial,
                                                     const TokenPatch &patch) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::Edit);
        !s)
        return s.error();
    auto t = lookups::existingToken(m_store, serial);
    if (!t)
        return t.error();
    protocol::Token token = t->token;
    if (patch.pushEnabled)
        token.pushEnabled = *patch.pushEnabled;
    if (patch.state)
        token.state = *patch.state;
    if (auto s = m_store.updateToken(token); !s)
        return s.error();
    return token;
}

} // namespace vd::server
