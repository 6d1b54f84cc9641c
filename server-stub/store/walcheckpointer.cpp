// SPDX-License-Identifier: MIT
#include "walcheckpointer.h"

#include "secrettoken.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcCheckpoint, "vd.store.checkpoint")

namespace vd::server {

WalCheckpointer::WalCheckpointer(const QString &path, std::chrono::milliseconds interval)
    : m_path(path)
    , m_interval(interval) {
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

int WalCheckpointer::checkpoints() const {
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run() {
    const QString name = QStringLiteral("vd-checkpoint-") + SecretToken::newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            qCWarning(lcCheckpoint, "cannot open the database for checkpoints: %s",
                      qPrintable(db.lastError().text()));
        } else {
            // The checkpoint syncs the database file before the WAL may be reused.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                m_wake.wait_for(lock, m_interval, [this] { return m_stop; });
                lock.unlock();
                const bool copied = checkpointOnce(name);
                lock.lock();
                m_checkpoints += copied ? 1 : 0;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool WalCheckpointer::checkpointOnce(const QString &connection) {
    // PASSIVE never blocks the writer: it copies what no reader still needs and leaves the rest
    // for the next round.
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        qCWarning(lcCheckpoint, "checkpoint failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    // Columns: busy, frames in the WAL, frames of it checkpointed (counted since the WAL was
    // last reset, so the same pair twice means nothing new was copied).
    const std::pair<int, int> frames{q.value(1).toInt(), q.value(2).toInt()};
    const bool copied = frames.second > 0 && frames != m_lastFrames;
    m_lastFrames = frames;
    return copied;
}

} // namespace vd::server
