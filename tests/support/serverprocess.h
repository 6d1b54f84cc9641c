// SPDX-License-Identifier: MIT
// The real verifydesk-server as a child process on a free loopback port and a database in
// its own temporary folder, for server, device and end-to-end tests.
#pragma once

#include "managedprocess.h"

#include <QTemporaryDir>
#include <QUrl>

namespace vd::test {

class ServerProcess : public ManagedProcess {
public:
    ServerProcess();
    // Kills the child before its temporary folder goes away.
    ~ServerProcess() override;

    // --listen 127.0.0.1:0 --database <tmp>/vd.sqlite [--seed demo] <extraArgs>; waits
    // (bounded) for "listening on http://HOST:PORT". False with errorString() on failure.
    bool start(const QStringList &extraArgs = {}, bool seedDemo = true,
               int startTimeoutMs = StartTimeoutMs);
    // Stops (SIGTERM) and starts again on the same database, by default on the same port so
    // clients that hold baseUrl() can reconnect.
    bool restart(const QStringList &extraArgs = {}, bool samePort = true);

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return static_cast<quint16>(m_baseUrl.port()); }
    QString databasePath() const;
    QString directory() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

    static constexpr int StartTimeoutMs = 20000;

private:
    bool startOn(quint16 port, const QStringList &extraArgs, int startTimeoutMs);

    QTemporaryDir m_dir;
    QUrl m_baseUrl;
    bool m_seedDemo = true;
    QString m_error;
};

} // namespace vd::test
