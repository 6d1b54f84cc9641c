// SPDX-License-Identifier: MIT
// The one storage interface of the server. SQLite implements it today; its SQL is kept to what
// PostgreSQL also accepts so a PostgreSQL store can follow. No HTTP here; no SQL above it.
#pragma once

#include "records.h"
#include "serviceerror.h"

#include <QList>
#include <functional>
#include <optional>

namespace vd::server {

class Store {
public:
    virtual ~Store() = default;

    // Seeding and directory administration
    virtual Result<bool> isEmpty() = 0;
    virtual Status insertOperator(const OperatorRecord &op) = 0;
    // Inserts users with their tokens in one transaction.
    virtual Status insertUsers(const QList<protocol::User> &users,
                               const QList<TokenRecord> &tokens) = 0;
    virtual Status setDeviceTokenHash(const QString &serial, const QString &deviceTokenHash,
                                      const QDateTime &at) = 0;

    // Operators and sessions
    virtual Result<std::optional<OperatorRecord>> operatorByUsername(const QString &username) = 0;
    virtual Status insertSession(const SessionRecord &s) = 0;
    virtual Result<std::optional<SessionRecord>> sessionByHash(const QString &tokenHash) = 0;
    virtual Status touchSession(const QString &tokenHash, const QDateTime &lastSeenAt) = 0;
    virtual Status deleteSession(const QString &tokenHash) = 0;
    virtual Result<int> deleteSessionsBefore(const QDateTime &idleCutoff,
                                             const QDateTime &absoluteCutoff) = 0;

    // Directory
    virtual Result<protocol::Page<protocol::User>> searchUsers(const QString &query, int offset,
                                                               int limit) = 0;
    virtual Result<std::optional<protocol::User>> userById(const QString &userId) = 0;
    virtual Result<QList<TokenRecord>> tokensOfUser(const QString &userId) = 0;
    virtual Result<std::optional<TokenRecord>> tokenBySerial(const QString &serial) = 0;
    virtual Result<std::optional<TokenRecord>>
    tokenByDeviceHash(const QString &deviceTokenHash) = 0;
    virtual Status updateToken(const protocol::Token &token) = 0;

    // Policy and account (one virtual server)
    virtual Result<protocol::Policy> policy() = 0;
    virtual Status savePolicy(const protocol::Policy &p) = 0;
    virtual Result<protocol::Account> account() = 0;
    virtual Status saveAccount(const protocol::Account &a) = 0;

    // Device activation
    virtual Status insertActivationCode(const QString &codeHash, const QString &serial,
                                        const QDateTime &expiresAt) = 0;
    // Marks a valid code used and installs the device token hash on its token, atomically.
    // nullopt when the code is unknown, used or expired.
    virtual Result<std::optional<QString>> activateDevice(const QString &codeHash,
                                                          const QString &serial,
                                                          const QString &deviceTokenHash,
                                                          const QDateTime &now) = 0;

    // Verifications. Writes carry their audit entries and commit together or not at all.
    virtual Status insertVerification(const VerificationRecord &v,
                                      const QList<protocol::OperatorAuditEntry> &audit) = 0;
    virtual Result<std::optional<VerificationRecord>> verificationById(const QString &id) = 0;
    virtual Result<std::optional<VerificationRecord>>
    verificationByRequestId(const QString &rid) = 0;
    virtual Result<std::optional<VerificationRecord>>
    pendingVerificationForToken(const QString &serial) = 0;
    virtual Result<QList<VerificationRecord>> pendingVerifications() = 0;
    // The one transition out of pending: UPDATE ... WHERE state = 'pending', plus the audit
    // entries, in one transaction. true when this call made the transition; false (nothing
    // written) when the verification had already left pending.
    virtual Result<bool>
    completeVerification(const QString &id, wire::VerificationState state,
                         const QDateTime &completedAt,
                         const QList<protocol::AuthAuditEntry> &authAudit,
                         const QList<protocol::OperatorAuditEntry> &opAudit) = 0;

    // Audit
    virtual Result<protocol::Page<protocol::AuthAuditEntry>> authAudit(const AuditQuery &q) = 0;
    virtual Result<protocol::Page<protocol::OperatorAuditEntry>>
    operatorAudit(const AuditQuery &q) = 0;
    virtual Status appendOperatorAudit(const protocol::OperatorAuditEntry &e) = 0;

    // Runs work in one transaction: commits when it returns Done, rolls back otherwise. work may
    // call the single-statement writers above (updateToken, savePolicy, saveAccount,
    // appendOperatorAudit), not those that open a transaction of their own.
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
};

} // namespace vd::server
