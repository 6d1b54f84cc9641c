// SPDX-License-Identifier: MIT
// SqliteStore: verifications, the single transition out of pending, and the audit trail.
#include "sqlitestore.h"

#include <QSqlQuery>

namespace vd::server {

using namespace sqlutil;

namespace {

const QString kVerificationColumns = QStringLiteral(
    "id, request_id, user_id, user_name, token_serial, operator, ticket, mode, "
    "verification_number, "
    "choices, organization_name, state, reason, created_at, expires_at, completed_at");

QString joinChoices(const QList<int> &choices) {
    QStringList parts;
    for (int c : choices)
        parts.append(QString::number(c));
    return parts.join(QLatin1Char(','));
}

VerificationRecord verificationFrom(QSqlQuery *q) {
    VerificationRecord r;
    auto &v = r.verification;
    v.id = q->value(0).toString();
    r.requestId = q->value(1).toString();
    v.userId = q->value(2).toString();
    v.userName = q->value(3).toString();
    v.tokenSerial = q->value(4).toString();
    v.operatorName = q->value(5).toString();
    v.ticket = optText(q->value(6));
    v.mode = wire::modeFromWire(q->value(7).toString()).value_or(wire::Mode::PlainPush);
    v.verificationNumber = optText(q->value(8));
    if (!q->value(9).isNull()) {
        for (const QString &part :
             q->value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.choices.append(part.toInt());
    }
    r.organizationName = q->value(10).toString();
    v.state = wire::verificationStateFromWire(q->value(11).toString())
                  .value_or(wire::VerificationState::DispatchFailed);
    v.reason = optText(q->value(12));
    v.createdAt = time(q->value(13));
    v.expiresAt = time(q->value(14));
    v.completedAt =
        q->value(15).isNull() ? std::nullopt : std::optional<QDateTime>(time(q->value(15)));
    return r;
}

// "column = ?" conditions for the filters that are set, plus the time window.
struct AuditFilter {
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;

    void equals(const char *column, const std::optional<QString> &value) {
        if (!value)
            return;
        where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        binds.append(*value);
    }
    void window(const AuditQuery &q) {
        equals("verification_id", q.verificationId);
        if (q.from) {
            where += QStringLiteral(" AND time >= ?");
            binds.append(ms(*q.from));
        }
        if (q.to) {
            where += QStringLiteral(" AND time <= ?");
            binds.append(ms(*q.to));
        }
    }
};

// One page of an audit table, newest first, with the total of the filtered view.
template <typename Entry, typename Map>
Result<protocol::Page<Entry>> auditPage(SqliteDatabase &db, const QString &table,
                                        const QString &columns, const AuditFilter &f,
                                        const AuditQuery &q, Map mapRow) {
    protocol::Page<Entry> page;
    QSqlQuery *count = db.run(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                                  QStringLiteral(" WHERE ") + f.where,
                              f.binds);
    if (!count || !count->next())
        return ServiceError::internal();
    page.total = count->value(0).toLongLong();
    count->finish();
    QVariantList binds = f.binds;
    binds << q.limit << q.offset;
    QSqlQuery *rows = db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") +
                                 table + QStringLiteral(" WHERE ") + f.where +
                                 QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?"),
                             binds);
    if (!rows)
        return ServiceError::internal();
    while (rows->next())
        page.items.append(mapRow(rows));
    return page;
}

} // namespace

bool SqliteStore::insertAuth(const protocol::AuthAuditEntry &e) {
    return m_db.exec(QStringLiteral("INSERT INTO auth_audit (id, seq, time, user_id, token_serial, "
                                    "resource_name, result, message, verification_id, ticket) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {e.id, m_db.nextSeq(QStringLiteral("auth_audit")), ms(e.time), e.userId,
                      e.tokenSerial, e.resourceName, e.result, e.message, e.verificationId,
                      text(e.ticket)});
}

bool SqliteStore::insertOperatorEntry(const protocol::OperatorAuditEntry &e) {
    return m_db.exec(QStringLiteral("INSERT INTO operator_audit (id, seq, time, operator, "
                                    "action_type, phase, verification_id, user_id, token_serial, "
                                    "ticket, outcome, message) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {e.id, m_db.nextSeq(QStringLiteral("operator_audit")), ms(e.time),
                      e.operatorName, e.actionType, text(e.phase), text(e.verificationId),
                      text(e.userId), text(e.tokenSerial), text(e.ticket), text(e.outcome),
                      e.message});
}

Status SqliteStore::insertVerification(const VerificationRecord &r,
                                       const QList<protocol::OperatorAuditEntry> &audit) {
    const auto &v = r.verification;
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return ServiceError::internal();
    const bool inserted =
        m_db.exec(QStringLiteral("INSERT INTO verifications (") + kVerificationColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {v.id, r.requestId, v.userId, v.userName, v.tokenSerial, v.operatorName,
                   text(v.ticket), wire::toWire(v.mode), text(v.verificationNumber),
                   r.choices.isEmpty() ? QVariant() : QVariant(joinChoices(r.choices)),
                   r.organizationName, wire::toWire(v.state), text(v.reason), ms(v.createdAt),
                   ms(v.expiresAt), ms(v.completedAt)});
    if (!inserted)
        return ServiceError::internal();
    for (const auto &e : audit) {
        if (!insertOperatorEntry(e))
            return ServiceError::internal();
    }
    if (!tx.commit())
        return ServiceError::internal();
    return Done{};
}

Result<std::optional<VerificationRecord>> SqliteStore::oneVerification(const QString &where,
                                                                       const QVariantList &binds) {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT ") + kVerificationColumns +
                                QStringLiteral(" FROM verifications WHERE ") + where,
                            binds);
    if (!q)
        return ServiceError::internal();
    if (!q->next())
        return std::optional<VerificationRecord>();
    auto r = verificationFrom(q);
    q->finish();
    return std::optional<VerificationRecord>(r);
}

Result<std::optional<VerificationRecord>> SqliteStore::verificationById(const QString &id) {
    return oneVerification(QStringLiteral("id = ?"), {id});
}

Result<std::optional<VerificationRecord>> SqliteStore::verificationByRequestId(const QString &rid) {
    return oneVerification(QStringLiteral("request_id = ?"), {rid});
}

Result<std::optional<VerificationRecord>>
SqliteStore::pendingVerificationForToken(const QString &serial) {
    return oneVerification(QStringLiteral("state = 'pending' AND token_serial = ?"), {serial});
}

Result<QList<VerificationRecord>> SqliteStore::pendingVerifications() {
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT ") + kVerificationColumns +
                            QStringLiteral(" FROM verifications WHERE state = 'pending' "
                                           "ORDER BY expires_at"));
    if (!q)
        return ServiceError::internal();
    QList<VerificationRecord> list;
    while (q->next())
        list.append(verificationFrom(q));
    return list;
}

Result<bool> SqliteStore::completeVerification(const QString &id, wire::VerificationState state,
                                               const QDateTime &completedAt,
                                               const QList<protocol::AuthAuditEntry> &authAudit,
                                               const QList<protocol::OperatorAuditEntry> &opAudit) {
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return ServiceError::internal();
    QSqlQuery *q = m_db.run(QStringLiteral("UPDATE verifications SET state = ?, completed_at = ? "
                                           "WHERE id = ? AND state = 'pending'"),
                            {wire::toWire(state), ms(completedAt), id});
    if (!q)
        return ServiceError::internal();
    const int changed = q->numRowsAffected();
    q->finish();
    if (changed != 1)
        return false; // someone else left pending first; the transaction rolls back (no-op)
    for (const auto &e : authAudit) {
        if (!insertAuth(e))
            return ServiceError::internal();
    }
    for (const auto &e : opAudit) {
        if (!insertOperatorEntry(e))
            return ServiceError::internal();
    }
    if (!tx.commit())
        return ServiceError::internal();
    return true;
}

Result<protocol::Page<protocol::AuthAuditEntry>> SqliteStore::authAudit(const AuditQuery &aq) {
    AuditFilter f;
    f.equals("user_id", aq.userId);
    f.equals("result", aq.result);
    f.window(aq);
    return auditPage<protocol::AuthAuditEntry>(
        m_db, QStringLiteral("auth_audit"),
        QStringLiteral("id, time, user_id, token_serial, resource_name, result, message, "
                       "verification_id, ticket"),
        f, aq, [](QSqlQuery *q) {
            return protocol::AuthAuditEntry{
                q->value(0).toString(), time(q->value(1)),      q->value(2).toString(),
                q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                q->value(6).toString(), q->value(7).toString(), optText(q->value(8))};
        });
}

Result<protocol::Page<protocol::OperatorAuditEntry>>
SqliteStore::operatorAudit(const AuditQuery &aq) {
    AuditFilter f;
    f.equals("operator", aq.operatorName);
    f.equals("action_type", aq.actionType);
    f.equals("user_id", aq.userId);
    f.window(aq);
    return auditPage<protocol::OperatorAuditEntry>(
        m_db, QStringLiteral("operator_audit"),
        QStringLiteral("id, time, operator, action_type, phase, verification_id, user_id, "
                       "token_serial, ticket, outcome, message"),
        f, aq, [](QSqlQuery *q) {
            protocol::OperatorAuditEntry e;
            e.id = q->value(0).toString();
            e.time = time(q->value(1));
            e.operatorName = q->value(2).toString();
            e.actionType = q->value(3).toString();
            e.phase = optText(q->value(4));
            e.verificationId = optText(q->value(5));
            e.userId = optText(q->value(6));
            e.tokenSerial = optText(q->value(7));
            e.ticket = optText(q->value(8));
            e.outcome = optText(q->value(9));
            e.message = q->value(10).toString();
            return e;
        });
}

Status SqliteStore::appendOperatorAudit(const protocol::OperatorAuditEntry &e) {
    if (!insertOperatorEntry(e))
        return ServiceError::internal();
    return Done{};
}

Status SqliteStore::inTransaction(const std::function<Status()> &work) {
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return ServiceError::internal();
    Status result = work();
    if (result && !tx.commit())
        return ServiceError::internal();
    return result; // not committed: the transaction rolls back
}

} // namespace vd::server
