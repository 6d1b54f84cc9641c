// SPDX-License-Identifier: MIT
// The token change and its operator entry (naming the verification) commit together.
#include "followupservice.h"

#include "access.h"
#include "lookups.h"
#include "secrettoken.h"
#include "verificationrules.h"

namespace vd::server {

FollowUpService::FollowUpService(Store &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock)) {}

Result<protocol::Token> FollowUpService::perform(const OperatorRecord &op, const QString &serial,
                                                 wire::FollowUpAction action,
                                                 const QString &verificationId) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::Edit);
        !s)
        return s.error();
    auto token = lookups::existingToken(m_store, serial);
    if (!token)
        return token.error();
    auto verification = m_store.verificationById(verificationId);
    if (!verification)
        return verification.error();
    auto policy = m_store.policy();
    if (!policy)
        return policy.error();
    const QDateTime now = m_clock();
    if (!verification.value() ||
        !rules::followUpAllowed(verification.value()->verification, op.username, token->userId,
                                policy->followUpWindowMinutes, now))
        return ServiceError::make(
            ErrorKind::Forbidden, wire::error::VerificationRequired,
            QStringLiteral("This action needs a caller verification you approved for this user "
                           "within the last %1 minutes.")
                .arg(policy->followUpWindowMinutes));

    protocol::Token t = token->token;
    switch (action) {
    case wire::FollowUpAction::Revoke:
        t.state = wire::TokenState::Revoked;
        break;
    case wire::FollowUpAction::Suspend:
        t.state = wire::TokenState::Suspended;
        break;
    case wire::FollowUpAction::Resume:
        t.state = wire::TokenState::Active;
        break;
    case wire::FollowUpAction::ResetPin:
        break; // the PIN lives with the token provider; the record is the audit entry
    }
    const auto &v = verification.value()->verification;
    protocol::OperatorAuditEntry e;
    e.id = SecretToken::newId();
    e.time = now;
    e.operatorName = op.username;
    e.actionType = wire::auditActionType(action);
    e.verificationId = v.id;
    e.userId = v.userId;
    e.tokenSerial = serial;
    e.ticket = v.ticket;
    e.message = QStringLiteral("%1 on %2 for %3, after verification %4")
                    .arg(e.actionType, serial, v.userId, v.id);
    auto saved = m_store.inTransaction([&]() -> Status {
        if (action != wire::FollowUpAction::ResetPin) {
            if (auto s = m_store.updateToken(t); !s)
                return s;
        }
        return m_store.appendOperatorAudit(e);
    });
    if (!saved)
        return saved.error();
    return t;
}

} // namespace vd::server
