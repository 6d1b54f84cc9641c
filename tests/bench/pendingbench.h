// SPDX-License-Identifier: MIT
// Benchmark (c): many verifications pending at once on as many activated devices; checks each
// ends as answered and measures the server's resident memory before and with them pending.
#pragma once

#include "benchclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace vd::bench {

class PendingBench {
public:
    PendingBench(const QUrl &server, qint64 serverPid, int count);

    int run(); // process exit code: 0 when every verification resolved as answered

    struct Memory {
        qint64 rssKiB = -1; // VmRSS
        qint64 anonKiB = -1;
        qint64 fileKiB = -1;
        qint64 shmemKiB = -1;
    };
    static Memory memoryOf(qint64 pid); // from /proc/<pid>/status; -1 fields when unreadable

private:
    struct Target {
        QString userId;
        QString serial;
        QByteArray deviceToken;
        QString verificationId;
        QString number;
        QString expected;
    };

    bool findTargets();
    bool activateAll();
    bool warmUp(int n);
    bool createAll();
    bool answerAll();
    bool checkAll();
    qint64 auditTotal(const QString &list);
    void settle(int ms);

    BenchClient m_client;
    qint64 m_pid;
    int m_count;
    QList<Target> m_targets;
};

} // namespace vd::bench
