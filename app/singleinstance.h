// SPDX-License-Identifier: MIT
// One console per station: a lock file decides who runs, a local socket lets a second start
// bring the running console to the front instead of opening another one.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLockFile;

namespace vd::app {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    // key names the station-wide lock (e.g. "verifydesk-kiosk"); directory holds the lock
    // file (default: the system temp folder, shared by every user of the station).
    explicit SingleInstance(const QString &key, const QString &directory = {},
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process now owns the station. False: another console runs, and it has
    // been asked to come to the front.
    bool acquire();
    bool isPrimary() const { return m_primary; }
    QString lockFilePath() const;

Q_SIGNALS:
    // A second start asked the running console to show itself.
    void activationRequested();

private:
    QString m_key;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
};

} // namespace vd::app
