// SPDX-License-Identifier: MIT
// Users and their authentication methods, as the operator console sees them.
#pragma once

#include "store.h"

namespace vd::server {

class DirectoryService {
public:
    static constexpr int MaxPageSize = 500;
    explicit DirectoryService(Store &store);

    Result<protocol::Page<protocol::User>> search(const OperatorRecord &op, const QString &query,
                                                  int offset, int limit);
    Result<protocol::UserDetail> user(const OperatorRecord &op, const QString &userId);
    struct TokenPatch {
        std::optional<bool> pushEnabled;
        std::optional<wire::TokenState> state;
    };
    Result<protocol::Token> patchToken(const OperatorRecord &op, const QString &serial,
                                       const TokenPatch &patch);

private:
    Store &m_store;
};

} // namespace vd::server
