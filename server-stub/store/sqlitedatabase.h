// SPDX-License-Identifier: MIT
// One SQLite connection (QtSql), its pragmas, the embedded numbered migrations, prepared
// statements kept for reuse, and a scoped transaction. Belongs to the thread that opened it.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace vd::server {

class WalCheckpointer;

class SqliteDatabase {
public:
    SqliteDatabase();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (creating the file), sets WAL + synchronous=FULL + foreign keys, applies migrations,
    // and hands WAL checkpoints to a thread of their own.
    bool open(const QString &path, QString *error);
    QString lastError() const { return m_lastError; }
    int schemaVersion();

    // Runs a cached prepared statement with positional binds. nullptr on failure (logged
    // without the bound values, which may hold hashes).
    QSqlQuery *run(const QString &sql, const QVariantList &binds = {});
    bool exec(const QString &sql, const QVariantList &binds = {});

    bool begin();
    bool commit();
    void rollback();

    // Next value of an application-side sequence (audit ordering); single writer per database.
    qint64 nextSeq(const QString &table);

    QSqlDatabase &connection() { return m_db; }

private:
    bool migrate(QString *error);

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, qint64> m_seq;
    QString m_lastError;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// Commits on commit(); rolls back on scope exit otherwise.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    bool ok() const { return m_ok; }
    bool commit();

private:
    SqliteDatabase &m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace vd::server
