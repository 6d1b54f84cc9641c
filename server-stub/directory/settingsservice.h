// SPDX-License-Identifier: MIT
// The virtual server's policy and the account's feature flags.
#pragma once

#include "store.h"

namespace vd::server {

class SettingsService {
public:
    explicit SettingsService(Store &store);

    Result<protocol::Policy> policy();
    Result<protocol::Account> account();

    struct PolicyPatch {
        std::optional<bool> pushOtpEnabled;
        std::optional<bool> numericChallengeEnabled;
        std::optional<QString> organizationName;
        std::optional<int> followUpWindowMinutes;
    };
    Result<protocol::Policy> updatePolicy(const OperatorRecord &op, const PolicyPatch &patch);
    Result<protocol::Account> updateAccount(const OperatorRecord &op, std::optional<QString> name,
                                            std::optional<bool> helpdeskPushVerification);

private:
    Store &m_store;
};

} // namespace vd::server
