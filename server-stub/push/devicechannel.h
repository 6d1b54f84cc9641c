// SPDX-License-Identifier: MIT
// Today's PushGateway: the device WebSocket (/device/v1/channel) where a device is connected;
// devices that are not connected find the same request by polling /device/v1/requests.
#pragma once

#include "deviceservice.h"
#include "pushgateway.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace vd::server {

class DeviceChannel : public QObject, public PushGateway {
    Q_OBJECT
public:
    using AnswerHandler = std::function<Result<wire::VerificationState>(
        const TokenRecord &device, const QString &requestId, const QJsonObject &message)>;
    using OpenRequests = std::function<QList<protocol::PushRequest>(const TokenRecord &device)>;

    explicit DeviceChannel(DeviceService &devices, QObject *parent = nullptr);
    ~DeviceChannel() override;

    void setAnswerHandler(AnswerHandler h) { m_answer = std::move(h); }
    void setOpenRequests(OpenRequests f) { m_open = std::move(f); }

    std::optional<wire::DispatchReason> reachability(const TokenRecord &token) const override;
    void deliver(const TokenRecord &token, const protocol::PushRequest &request) override;

    void accept(std::unique_ptr<QWebSocket> socket, const TokenRecord &device,
                const QByteArray &authorization);
    int connectionCount() const { return static_cast<int>(m_sockets.size()); }
    void closeAll();

private:
    struct Device {
        QString serial;
        QByteArray authorization; // re-checked per message: a re-activated device is cut off
    };
    void onMessage(QWebSocket *socket, const QString &text);
    static void send(QWebSocket *socket, const QJsonObject &o);

    DeviceService &m_devices;
    AnswerHandler m_answer;
    OpenRequests m_open;
    QHash<QWebSocket *, Device> m_sockets;
    QTimer m_ping;
};

} // namespace vd::server
