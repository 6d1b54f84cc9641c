// SPDX-License-Identifier: MIT
// Any operator reads policy and account; changing them needs policy: edit.
#include "settingsservice.h"

#include "access.h"
#include "secrettoken.h"

#include <QStringList>

namespace vd::server {

namespace {

QString show(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
QString show(int i) {
    return QString::number(i);
}
QString show(const QString &s) {
    return QLatin1Char('"') + s + QLatin1Char('"');
}

template <typename T>
void diff(QStringList *changes, const char *field, const T &before, const T &after) {
    if (before != after)
        changes->append(QStringLiteral("%1: %2 \u2192 %3")
                            .arg(QLatin1String(field), show(before), show(after)));
}

// One operator entry naming each changed field, old and new, written with the change.
protocol::OperatorAuditEntry changeEntry(const OperatorRecord &op, const char *actionType,
                                         const QString &what, const QStringList &changes) {
    protocol::OperatorAuditEntry e;
    e.id = SecretToken::newId();
    e.time = QDateTime::currentDateTimeUtc();
    e.operatorName = op.username;
    e.actionType = QString::fromLatin1(actionType);
    e.message = what + QStringLiteral(" changed: ") + changes.join(QStringLiteral("; "));
    return e;
}

} // namespace

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
    const protocol::Policy &old = p.value();
    QStringList changes;
    diff(&changes, "pushOtpEnabled", old.pushOtpEnabled, policy.pushOtpEnabled);
    diff(&changes, "numericChallengeEnabled", old.numericChallengeEnabled,
         policy.numericChallengeEnabled);
    diff(&changes, "organizationName", old.organizationName, policy.organizationName);
    diff(&changes, "followUpWindowMinutes", old.followUpWindowMinutes,
         policy.followUpWindowMinutes);
    if (changes.isEmpty())
        return policy;
    const auto entry = changeEntry(op, "PolicyChange", QStringLiteral("Policy"), changes);
    auto saved = m_store.inTransaction([&]() -> Status {
        if (auto s = m_store.savePolicy(policy); !s)
            return s;
        return m_store.appendOperatorAudit(entry);
    });
    if (!saved)
        return saved.error();
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
    QStringList changes;
    diff(&changes, "name", a.value().name, account.name);
    diff(&changes, "features.helpdeskPushVerification", a.value().helpdeskPushVerification,
         account.helpdeskPushVerification);
    if (changes.isEmpty())
        return account;
    const auto entry = changeEntry(op, "AccountChange", QStringLiteral("Account"), changes);
    auto saved = m_store.inTransaction([&]() -> Status {
        if (auto s = m_store.saveAccount(account); !s)
            return s;
        return m_store.appendOperatorAudit(entry);
    });
    if (!saved)
        return saved.error();
    return account;
}

} // namespace vd::server
