// SPDX-License-Identifier: MIT
// An EventSocket the test drives: it records open()/close() and the test decides when the
// connection comes up, drops or delivers a message.
#pragma once

#include "eventsocket.h"

#include <QList>

namespace vd::test {

class FakeEventSocket : public app::EventSocket {
    Q_OBJECT
public:
    explicit FakeEventSocket(QObject *parent = nullptr);

    void open(const QNetworkRequest &request) override;
    void close() override;

    // Test side.
    void acceptConnection();
    void failConnection(const QString &error = QStringLiteral("Connection refused"));
    void drop(const QString &error = QStringLiteral("Remote host closed the connection"));
    void deliver(const QString &message);

    bool isOpen() const { return m_connected; }
    bool isConnecting() const { return m_connecting; }
    int openCount() const { return int(m_requests.size()); }
    int closeCount() const { return m_closes; }
    const QList<QNetworkRequest> &requests() const { return m_requests; }

private:
    QList<QNetworkRequest> m_requests;
    bool m_connecting = false;
    bool m_connected = false;
    int m_closes = 0;
};

} // namespace vd::test
