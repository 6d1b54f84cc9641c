// SPDX-License-Identifier: MIT
// SqliteStore: directory, operators, sessions, policy/account and device activation.
#include "sqlitestore.h"

#include <QSqlQuery>

namespace vd::server {

using namespace sqlutil;

namespace sqlutil {
QVariant ms(const QDateTime &t) {
    return t.toMSecsSinceEpoch();
}
QVariant ms(const std::optional<QDateTime> &t) {
    return t ? ms(*t) : QVariant();
}
QDateTime time(const QVariant &v) {
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QVariant text(const std::optional<QString> &s) {
    return s ? QVariant(*s) : QVariant();
}
std::optional<QString> optText(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}
} // namespace sqlutil

namespace {

ServiceError storeError() {
    return ServiceError::internal();
}

QString searchText(const protocol::User &u) {
    return QString(u.userId + QChar(0x1f) + u.firstName + QChar(0x1f) + u.lastName + QChar(0x1f) +
                   u.email)
        .toLower();
}

TokenRecord tokenFrom(QSqlQuery *q) {
    // columns: serial, user_id, type, state, push_enabled, device_token_hash
    TokenRecord r;
    r.token.serial = q->value(0).toString();
    r.userId = q->value(1).toString();
    r.token.type =
        wire::tokenTypeFromWire(q->value(2).toString()).value_or(wire::TokenType::Password);
    r.token.state =
        wire::tokenStateFromWire(q->value(3).toString()).value_or(wire::TokenState::Revoked);
    r.token.pushEnabled = q->value(4).toInt() != 0;
    r.token.deviceRegistered = !q->value(5).isNull();
    return r;
}

const QString kTokenColumns =
    QStringLiteral("serial, user_id, type, state, push_enabled, device_token_hash");

} // namespace

Result<bool> SqliteStore::isEmpty() {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM account"));
    if (!q || !q->next())
        return storeError();
    return q->value(0).toInt() == 0;
}

Status SqliteStore::insertOperator(const OperatorRecord &op) {
    if (!m_db.exec(QStringLiteral("INSERT INTO operators (username, display_name, role, "
                                  "password_hash, perm_authentication_methods, perm_policy, "
                                  "perm_audit) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {op.username, op.displayName, op.role, op.passwordHash,
                    wire::toWire(op.permissions.authenticationMethods),
                    wire::toWire(op.permissions.policy), wire::toWire(op.permissions.audit)}))
        return storeError();
    return Done{};
}

Status SqliteStore::insertUsers(const QList<protocol::User> &users,
                                const QList<TokenRecord> &tokens) {
    m_userIndex.clear(); // rebuilt from the table on the next search
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return storeError();
    for (const auto &u : users) {
        if (!m_db.exec(QStringLiteral("INSERT INTO users (user_id, first_name, last_name, email, "
                                      "search_text) VALUES (?, ?, ?, ?, ?)"),
                       {u.userId, u.firstName, u.lastName, u.email, searchText(u)}))
            return storeError();
    }
    for (const auto &t : tokens) {
        if (!m_db.exec(QStringLiteral("INSERT INTO tokens (serial, user_id, type, state, "
                                      "push_enabled) VALUES (?, ?, ?, ?, ?)"),
                       {t.token.serial, t.userId, wire::toWire(t.token.type),
                        wire::toWire(t.token.state), t.token.pushEnabled ? 1 : 0}))
            return storeError();
    }
    if (!tx.commit())
        return storeError();
    return Done{};
}

Status SqliteStore::setDeviceTokenHash(const QString &serial, const QString &deviceTokenHash,
                                       const QDateTime &at) {
    if (!m_db.exec(
            QStringLiteral("UPDATE tokens SET device_token_hash = ?, device_activated_at = ? "
                           "WHERE serial = ?"),
            {deviceTokenHash, ms(at), serial}))
        return storeError();
    return Done{};
}

Result<std::optional<OperatorRecord>> SqliteStore::operatorByUsername(const QString &username) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT username, display_name, role, password_hash, "
                                           "perm_authentication_methods, perm_policy, perm_audit "
                                           "FROM operators WHERE username = ?"),
                            {username});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<OperatorRecord>();
    OperatorRecord op;
    op.username = q->value(0).toString();
    op.displayName = q->value(1).toString();
    op.role = q->value(2).toString();
    op.passwordHash = q->value(3).toString();
    const auto perm = [&](int i) {
        return wire::permissionFromWire(q->value(i).toString()).value_or(wire::Permission::None);
    };
    op.permissions = {perm(4), perm(5), perm(6)};
    q->finish();
    return std::optional<OperatorRecord>(op);
}

Status SqliteStore::insertSession(const SessionRecord &s) {
    if (!m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, username, created_at, "
                                  "last_seen_at) VALUES (?, ?, ?, ?)"),
                   {s.tokenHash, s.username, ms(s.createdAt), ms(s.lastSeenAt)}))
        return storeError();
    return Done{};
}

Result<std::optional<SessionRecord>> SqliteStore::sessionByHash(const QString &tokenHash) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT token_hash, username, created_at, last_seen_at "
                                           "FROM sessions WHERE token_hash = ?"),
                            {tokenHash});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<SessionRecord>();
    SessionRecord s{q->value(0).toString(), q->value(1).toString(), time(q->value(2)),
                    time(q->value(3))};
    q->finish();
    return std::optional<SessionRecord>(s);
}

Status SqliteStore::touchSession(const QString &tokenHash, const QDateTime &lastSeenAt) {
    if (!m_db.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"),
                   {ms(lastSeenAt), tokenHash}))
        return storeError();
    return Done{};
}

Status SqliteStore::deleteSession(const QString &tokenHash) {
    if (!m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash}))
        return storeError();
    return Done{};
}

Result<int> SqliteStore::deleteSessionsBefore(const QDateTime &idleCutoff,
                                              const QDateTime &absoluteCutoff) {
    QSqlQuery *q =
        m_db.run(QStringLiteral("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?"),
                 {ms(idleCutoff), ms(absoluteCutoff)});
    if (!q)
        return storeError();
    const int n = q->numRowsAffected();
    q->finish();
    return n;
}

bool SqliteStore::loadUserIndex() {
    QSqlQuery *q =
        m_db.run(QStringLiteral("SELECT rowid, search_text FROM users ORDER BY user_id"));
    if (!q)
        return false;
    std::vector<UserSearchIndex::Entry> entries;
    while (q->next())
        entries.push_back({q->value(0).toLongLong(), q->value(1).toString().toUtf8()});
    m_userIndex.reset(entries);
    return true;
}

Result<protocol::Page<protocol::User>> SqliteStore::searchUsers(const QString &query, int offset,
                                                                int limit) {
    if (!m_userIndex.isLoaded() && !loadUserIndex())
        return storeError();
    const auto matches = m_userIndex.find(query.toLower().toUtf8(), offset, limit);
    protocol::Page<protocol::User> page;
    page.total = matches.total;
    if (matches.rowIds.isEmpty())
        return page;
    QByteArray ids = "[";
    for (qint64 id : matches.rowIds)
        ids += QByteArray::number(id) + ',';
    ids.back() = ']';
    QSqlQuery *q =
        m_db.run(QStringLiteral("SELECT user_id, first_name, last_name, email FROM users "
                                "WHERE rowid IN (SELECT value FROM json_each(?)) "
                                "ORDER BY user_id"),
                 {QString::fromLatin1(ids)});
    if (!q)
        return storeError();
    while (q->next()) {
        page.items.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString()});
    }
    return page;
}

Result<std::optional<protocol::User>> SqliteStore::userById(const QString &userId) {
    QSqlQuery *q = m_db.run(
        QStringLiteral("SELECT user_id, first_name, last_name, email FROM users WHERE user_id = ?"),
        {userId});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<protocol::User>();
    protocol::User u{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString()};
    q->finish();
    return std::optional<protocol::User>(u);
}

Result<QList<TokenRecord>> SqliteStore::tokensOfUser(const QString &userId) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT ") + kTokenColumns +
                                QStringLiteral(" FROM tokens WHERE user_id = ? ORDER BY serial"),
                            {userId});
    if (!q)
        return storeError();
    QList<TokenRecord> list;
    while (q->next())
        list.append(tokenFrom(q));
    return list;
}

Result<std::optional<TokenRecord>> SqliteStore::tokenBySerial(const QString &serial) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT ") + kTokenColumns +
                                QStringLiteral(" FROM tokens WHERE serial = ?"),
                            {serial});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<TokenRecord>();
    auto r = tokenFrom(q);
    q->finish();
    return std::optional<TokenRecord>(r);
}

Result<std::optional<TokenRecord>> SqliteStore::tokenByDeviceHash(const QString &deviceTokenHash) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT ") + kTokenColumns +
                                QStringLiteral(" FROM tokens WHERE device_token_hash = ?"),
                            {deviceTokenHash});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<TokenRecord>();
    auto r = tokenFrom(q);
    q->finish();
    return std::optional<TokenRecord>(r);
}

Status SqliteStore::updateToken(const protocol::Token &token) {
    if (!m_db.exec(QStringLiteral("UPDATE tokens SET state = ?, push_enabled = ? WHERE serial = ?"),
                   {wire::toWire(token.state), token.pushEnabled ? 1 : 0, token.serial}))
        return storeError();
    return Done{};
}

Result<protocol::Policy> SqliteStore::policy() {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT push_otp_enabled, numeric_challenge_enabled, "
                                           "organization_name, follow_up_window_minutes "
                                           "FROM policy WHERE id = 1"));
    if (!q)
        return storeError();
    protocol::Policy p;
    if (q->next()) {
        p.pushOtpEnabled = q->value(0).toInt() != 0;
        p.numericChallengeEnabled = q->value(1).toInt() != 0;
        p.organizationName = q->value(2).toString();
        p.followUpWindowMinutes = q->value(3).toInt();
    }
    q->finish();
    return p;
}

Status SqliteStore::savePolicy(const protocol::Policy &p) {
    const QVariantList binds{p.pushOtpEnabled ? 1 : 0, p.numericChallengeEnabled ? 1 : 0,
                             p.organizationName, p.followUpWindowMinutes};
    if (!m_db.exec(QStringLiteral("INSERT INTO policy (id, push_otp_enabled, "
                                  "numeric_challenge_enabled, organization_name, "
                                  "follow_up_window_minutes) VALUES (1, ?, ?, ?, ?) "
                                  "ON CONFLICT (id) DO UPDATE SET "
                                  "push_otp_enabled = excluded.push_otp_enabled, "
                                  "numeric_challenge_enabled = excluded.numeric_challenge_enabled, "
                                  "organization_name = excluded.organization_name, "
                                  "follow_up_window_minutes = excluded.follow_up_window_minutes"),
                   binds))
        return storeError();
    return Done{};
}

Result<protocol::Account> SqliteStore::account() {
    QSqlQuery *q = m_db.run(
        QStringLiteral("SELECT name, helpdesk_push_verification FROM account WHERE id = 1"));
    if (!q)
        return storeError();
    protocol::Account a;
    if (q->next()) {
        a.name = q->value(0).toString();
        a.helpdeskPushVerification = q->value(1).toInt() != 0;
    }
    q->finish();
    return a;
}

Status SqliteStore::saveAccount(const protocol::Account &a) {
    if (!m_db.exec(QStringLiteral("INSERT INTO account (id, name, helpdesk_push_verification) "
                                  "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                  "name = excluded.name, helpdesk_push_verification = "
                                  "excluded.helpdesk_push_verification"),
                   {a.name, a.helpdeskPushVerification ? 1 : 0}))
        return storeError();
    return Done{};
}

Status SqliteStore::insertActivationCode(const QString &codeHash, const QString &serial,
                                         const QDateTime &expiresAt) {
    if (!m_db.exec(QStringLiteral("INSERT INTO activation_codes (code_hash, serial, expires_at, "
                                  "used) VALUES (?, ?, ?, 0)"),
                   {codeHash, serial, ms(expiresAt)}))
        return storeError();
    return Done{};
}

Result<std::optional<QString>> SqliteStore::activateDevice(const QString &codeHash,
                                                           const QString &serial,
                                                           const QString &deviceTokenHash,
                                                           const QDateTime &now) {
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return storeError();
    QSqlQuery *q =
        m_db.run(QStringLiteral("SELECT serial FROM activation_codes WHERE code_hash = ? "
                                "AND serial = ? AND used = 0 AND expires_at > ?"),
                 {codeHash, serial, ms(now)});
    if (!q)
        return storeError();
    if (!q->next())
        return std::optional<QString>();
    q->finish();
    if (!m_db.exec(QStringLiteral("UPDATE activation_codes SET used = 1 WHERE code_hash = ?"),
                   {codeHash}) ||
        !m_db.exec(QStringLiteral("UPDATE tokens SET device_token_hash = ?, "
                                  "device_activated_at = ? WHERE serial = ?"),
                   {deviceTokenHash, ms(now), serial}) ||
        !tx.commit())
        return storeError();
    return std::optional<QString>(serial);
}

} // namespace vd::server
