// SPDX-License-Identifier: MIT
// WalCheckpointer against a real WAL database: it copies committed frames back into the
// database file on its own thread, while the writer's connection never checkpoints.
#include "walcheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vd::server;
using namespace std::chrono_literals;

class TestWalCheckpointer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checkpointsCommittedFrames();
    void idleDatabaseIsLeftAlone();
    void stopsPromptly();

private:
    void writeRows(int count);

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
};

void TestWalCheckpointer::init() {
    m_path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    m_db.setDatabaseName(m_path);
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))); // only the thread does it
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
}

void TestWalCheckpointer::cleanup() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

void TestWalCheckpointer::writeRows(int count) {
    QSqlQuery q(m_db);
    for (int i = 0; i < count; ++i) {
        q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
        q.addBindValue(QString(500, QLatin1Char('x')));
        QVERIFY(q.exec());
    }
}

void TestWalCheckpointer::checkpointsCommittedFrames() {
    WalCheckpointer checkpointer(m_path, 50ms);
    const qint64 before = QFileInfo(m_path).size();
    writeRows(200);
    // The writer never checkpoints, so only the thread can move the ~100 KB of rows from the
    // WAL into the database file.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() > before + 200 * 500, 10000);
    QVERIFY(checkpointer.checkpoints() > 0);
}

void TestWalCheckpointer::idleDatabaseIsLeftAlone() {
    WalCheckpointer checkpointer(m_path, 20ms);
    QTest::qWait(300);
    // The CREATE TABLE was the only write; at most one round copied it.
    QVERIFY(checkpointer.checkpoints() <= 1);
}

void TestWalCheckpointer::stopsPromptly() {
    QElapsedTimer t;
    t.start();
    {
        WalCheckpointer checkpointer(m_path, 60s);
        QTest::qWait(50);
    }
    QVERIFY2(t.elapsed() < 10000, "the destructor waited for the interval");
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
