// SPDX-License-Identifier: MIT
// Any operator reads policy and account; changing them needs policy: edit.
#include "settingsservice.h"

#include "access.h"

namespace vd::server {

SettingsService::SettingsService(Store &store)
    : m_store(store) {}

Result<protocol::Policy> SettingsService::policy() {
    return m_store.policy();
}

Result<protocol::Account> SettingsService::account() {
    return m_store.account();
}

Result<protocol::Policy> SettingsService::updatePolicy(const OperatorRecord &op,
                                                       const PolicyPatch &patch) {
    if (auto s = access::require(op, access::Area::Policy, wire::Permission::Edit); !s)
        return s.error();
    auto p = m_store.policy();
    if (!p)
        return p.error();
    protocol::Policy policy = p.value();
    if (patch.pushOtpEnabled)
        policy.pushOtpEnabled = *patch.pushOtpEnabled;
    if (patch.numericChallengeEnabled)
        policy.numericChallengeEnabled = *patch.numericChallengeEnabled;
    if (patch.organizationName)
        policy.organizationName = *patch.organizationName;
    if (patch.followUpWindowMinutes)
        policy.followUpWindowMinutes = *patch.followUpWindowMinutes;
    if (auto s = m_store.savePolicy(policy); !s)
        return s.error();
    return policy;
}

Result<protocol::Account>
SettingsService::updateAccount(const OperatorRecord &op, std::optional<QString> name,
                               std::optional<bool> helpdeskPushVerification) {
    if (auto s = access::require(op, access::Area::Policy, wire::Permission::Edit); !s)
        return s.error();
    auto a = m_store.account();
    if (!a)
        return a.error();
    protocol::Account account = a.value();
    if (name)
        account.name = *name;
    if (helpdeskPushVerification)
        account.helpdeskPushVerification = *helpdeskPushVerification;
    if (auto s = m_store.saveAccount(account); !s)
        return s.error();
    return account;
}

} // namespace vd::server
