// SPDX-License-Identifier: MIT
// Runs the WAL checkpoints of one database on a thread of its own, with its own connection.
// SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, so about
// one device answer in fifty also waited for the checkpoint's copy and its fsync of the
// database file. Here the event-loop thread only ever syncs the WAL for its own commit.
#pragma once

#include <QString>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>

class QThread;

namespace vd::server {

class WalCheckpointer {
public:
    WalCheckpointer(const QString &path, std::chrono::milliseconds interval);
    ~WalCheckpointer(); // a last checkpoint, then the thread ends
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints done so far that copied at least one page (for tests and diagnostics).
    int checkpoints() const;

private:
    void run();
    bool checkpointOnce(const QString &connection);

    const QString m_path;
    const std::chrono::milliseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::pair<int, int> m_lastFrames{0, 0}; // only touched by the thread
    std::unique_ptr<QThread> m_thread;
};

} // namespace vd::server
