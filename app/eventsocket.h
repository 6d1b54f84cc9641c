// SPDX-License-Identifier: MIT
// The WebSocket EventStream needs, behind an interface so its reconnect logic is testable.
#pragma once

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

namespace vd::app {

class EventSocket : public QObject {
    Q_OBJECT
public:
    explicit EventSocket(QObject *parent = nullptr);
    ~EventSocket() override;

    // Opens a connection; the request carries the URL and the Authorization header.
    virtual void open(const QNetworkRequest &request) = 0;
    // Closes (or stops connecting); emits disconnected() if it was connected.
    virtual void close() = 0;
    // TLS settings (custom CA bundle) for later open() calls; ignored by sockets without TLS.
    virtual void setSslConfiguration(const QSslConfiguration &config);

Q_SIGNALS:
    void connected();
    void disconnected();
    void textMessageReceived(const QString &message);
    // A failure to connect or a dropped connection (followed by disconnected() if connected).
    void errorOccurred(const QString &errorString);
};

} // namespace vd::app
