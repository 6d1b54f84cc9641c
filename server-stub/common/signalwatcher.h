// SPDX-License-Identifier: MIT
// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so the server and the device shut down
// cleanly.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace vd::common {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Installs the handlers; false when the platform or the system refuses.
    bool watchTerminationSignals();

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vd::common
