// SPDX-License-Identifier: MIT
// Store on SQLite (WAL, synchronous=FULL). The implementation is split by area:
// sqlitestore.cpp (directory, sessions, settings, devices) and sqlitestore_verifications.cpp
// (verifications and the audit trail written with them).
#pragma once

#include "sqlitedatabase.h"
#include "store.h"
#include "usersearchindex.h"

namespace vd::server {

class SqliteStore final : public Store {
public:
    SqliteStore() = default;
    bool open(const QString &path, QString *error) { return m_db.open(path, error); }
    SqliteDatabase &database() { return m_db; }

    Result<bool> isEmpty() override;
    Status insertOperator(const OperatorRecord &op) override;
    Status insertUsers(const QList<protocol::User> &users,
                       const QList<TokenRecord> &tokens) override;
    Status setDeviceTokenHash(const QString &serial, const QString &deviceTokenHash,
                              const QDateTime &at) override;

    Result<std::optional<OperatorRecord>> operatorByUsername(const QString &username) override;
    Status insertSession(const SessionRecord &s) override;
    Result<std::optional<SessionRecord>> sessionByHash(const QString &tokenHash) override;
    Status touchSession(const QString &tokenHash, const QDateTime &lastSeenAt) override;
    Status deleteSession(const QString &tokenHash) override;
    Result<int> deleteSessionsBefore(const QDateTime &idleCutoff,
                                     const QDateTime &absoluteCutoff) override;

    Result<protocol::Page<protocol::User>> searchUsers(const QString &query, int offset,
                                                       int limit) override;
    Result<std::optional<protocol::User>> userById(const QString &userId) override;
    Result<QList<TokenRecord>> tokensOfUser(const QString &userId) override;
    Result<std::optional<TokenRecord>> tokenBySerial(const QString &serial) override;
    Result<std::optional<TokenRecord>> tokenByDeviceHash(const QString &deviceTokenHash) override;
    Status updateToken(const protocol::Token &token) override;

    Result<protocol::Policy> policy() override;
    Status savePolicy(const protocol::Policy &p) override;
    Result<protocol::Account> account() override;
    Status saveAccount(const protocol::Account &a) override;

    Status insertActivationCode(const QString &codeHash, const QString &serial,
                                const QDateTime &expiresAt) override;
    Result<std::optional<QString>> activateDevice(const QString &codeHash, const QString &serial,
                                                  const QString &deviceTokenHash,
                                                  const QDateTime &now) override;

    Status insertVerification(const VerificationRecord &v,
                              const QList<protocol::OperatorAuditEntry> &audit) override;
    Result<std::optional<VerificationRecord>> verificationById(const QString &id) override;
    Result<std::optional<VerificationRecord>> verificationByRequestId(const QString &rid) override;
    Result<std::optional<VerificationRecord>>
    pendingVerificationForToken(const QString &serial) override;
    Result<QList<VerificationRecord>> pendingVerifications() override;
    Result<bool> completeVerification(const QString &id, wire::VerificationState state,
                                      const QDateTime &completedAt,
                                      const QList<protocol::AuthAuditEntry> &authAudit,
                                      const QList<protocol::OperatorAuditEntry> &opAudit) override;

    Result<protocol::Page<protocol::AuthAuditEntry>> authAudit(const AuditQuery &q) override;
    Result<protocol::Page<protocol::OperatorAuditEntry>>
    operatorAudit(const AuditQuery &q) override;
    Status appendOperatorAudit(const protocol::OperatorAuditEntry &e) override;
    Status inTransaction(const std::function<Status()> &work) override;

private:
    bool loadUserIndex();
    bool insertAuth(const protocol::AuthAuditEntry &e);
    bool insertOperatorEntry(const protocol::OperatorAuditEntry &e);
    Result<std::optional<VerificationRecord>> oneVerification(const QString &where,
                                                              const QVariantList &binds);

    SqliteDatabase m_db;
    UserSearchIndex m_userIndex;
};

// Shared by both implementation files.
namespace sqlutil {
QVariant ms(const QDateTime &t);
QVariant ms(const std::optional<QDateTime> &t);
QDateTime time(const QVariant &v);
QVariant text(const std::optional<QString> &s);
std::optional<QString> optText(const QVariant &v);
} // namespace sqlutil

} // namespace vd::server
