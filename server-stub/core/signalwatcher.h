// SPDX-License-Identifier: MIT
// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe), for a clean shutdown.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace vd::server {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vd::server
