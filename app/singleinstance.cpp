// SPDX-License-Identifier: MIT
// SingleInstance: QLockFile (stale locks of crashed consoles are taken over) plus QLocalServer.
#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

namespace vd::app {

SingleInstance::SingleInstance(const QString &key, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_directory(directory.isEmpty() ? QDir::tempPath() : directory) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockFilePath() const {
    return QDir(m_directory).filePath(m_key + QStringLiteral(".lock"));
}

bool SingleInstance::acquire() {
    if (m_primary)
        return true;
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    m_lock->setStaleLockTime(0); // a live owner is checked by PID, never by age
    if (!m_lock->tryLock(0)) {
        QLocalSocket socket;
        socket.connectToServer(m_key);
        if (socket.waitForConnected(1000)) {
            socket.write("activate\n");
            socket.waitForBytesWritten(1000);
        }
        m_lock.reset();
        return false;
    }
    m_primary = true;
    m_server = new QLocalServer(this);
    QLocalServer::removeServer(m_key); // left behind by a console that crashed
    if (m_server->listen(m_key)) {
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *peer = m_server->nextPendingConnection()) {
                connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
                Q_EMIT activationRequested();
            }
        });
    }
    return true;
}

} // namespace vd::app
