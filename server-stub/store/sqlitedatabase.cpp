// SPDX-License-Identifier: MIT
// Connection handling and migrations for the SQLite store.
#include "sqlitedatabase.h"

#include "secrettoken.h"
#include "walcheckpointer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "vd.store")

namespace vd::server {

SqliteDatabase::SqliteDatabase()
    : m_name(QStringLiteral("vd-store-") + SecretToken::newId()) {}

SqliteDatabase::~SqliteDatabase() {
    m_checkpointer.reset();
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteDatabase::open(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // Checkpoints run on their own thread (WalCheckpointer); the automatic one stays only as a
    // backstop (about 40 MB of WAL) should that thread ever fall behind.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA wal_autocheckpoint=10000"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    if (!q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("the database does not support WAL mode");
        return false;
    }
    q.finish(); // an open statement would block the migrations' commits
    if (!migrate(error))
        return false;
    m_checkpointer = std::make_unique<WalCheckpointer>(path, std::chrono::milliseconds(500));
    return true;
}

int SqliteDatabase::schemaVersion() {
    QSqlQuery *q = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    const int version = (q && q->next()) ? q->value(0).toInt() : 0;
    if (q)
        q->finish();
    return version;
}

bool SqliteDatabase::migrate(QString *error) {
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"))) {
        *error = m_lastError;
        return false;
    }
    const int current = schemaVersion();
    QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &file : files) {
        const auto m = numbered.match(file);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        if (version <= current)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read migration %1").arg(file);
            return false;
        }
        const QString sql = QString::fromUtf8(f.readAll());
        SqliteTransaction tx(*this);
        // Statements are separated by ';' at line ends; comments are stripped first.
        QString stripped;
        for (const QString &line : sql.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                stripped += line + QLatin1Char('\n');
        }
        for (const QString &statement : stripped.split(QLatin1Char(';'))) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(file, q.lastError().text());
                return false;
            }
        }
        if (!exec(
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                {version, QDateTime::currentMSecsSinceEpoch()}) ||
            !tx.commit()) {
            *error =
                QStringLiteral("migration %1 could not be recorded: %2").arg(file, m_lastError);
            return false;
        }
        qCInfo(lcStore, "applied migration %s", qPrintable(file));
    }
    return true;
}

QSqlQuery *SqliteDatabase::run(const QString &sql, const QVariantList &binds) {
    QSqlQuery *q = m_statements.value(sql);
    if (!q) {
        q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            m_lastError = q->lastError().text();
            qCWarning(lcStore, "prepare failed: %s", qPrintable(m_lastError));
            delete q;
            return nullptr;
        }
        m_statements.insert(sql, q);
    }
    q->finish();
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        m_lastError = q->lastError().text();
        qCWarning(lcStore, "statement failed: %s", qPrintable(m_lastError));
        return nullptr;
    }
    return q;
}

bool SqliteDatabase::exec(const QString &sql, const QVariantList &binds) {
    QSqlQuery *q = run(sql, binds);
    if (q)
        q->finish();
    return q != nullptr;
}

bool SqliteDatabase::begin() {
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    return true;
}

bool SqliteDatabase::commit() {
    for (QSqlQuery *q : std::as_const(m_statements))
        q->finish();
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void SqliteDatabase::rollback() {
    for (QSqlQuery *q : std::as_const(m_statements))
        q->finish();
    m_db.rollback();
    m_seq.clear(); // values handed out inside the rolled-back transaction are re-read
}

qint64 SqliteDatabase::nextSeq(const QString &table) {
    auto it = m_seq.find(table);
    if (it == m_seq.end()) {
        QSqlQuery *q = run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ") + table);
        const qint64 max = (q && q->next()) ? q->value(0).toLongLong() : 0;
        if (q)
            q->finish();
        it = m_seq.insert(table, max);
    }
    return ++it.value();
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
    , m_ok(db.begin()) {}

SqliteTransaction::~SqliteTransaction() {
    if (m_ok && !m_done)
        m_db.rollback();
}

bool SqliteTransaction::commit() {
    if (!m_ok || m_done)
        return false;
    m_done = true;
    return m_db.commit();
}

} // namespace vd::server
