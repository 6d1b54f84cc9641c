// SPDX-License-Identifier: MIT
// HTTP behind an interface: ApiClient speaks to it, NetworkTransport puts it on the wire and
// tests inject a fake that answers whatever a case needs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>

namespace vd::app {

struct HttpRequest {
    QByteArray method; // "GET", "POST", "PUT", "PATCH", "DELETE"
    QUrl url;          // absolute; never carries a secret
    QByteArray body;   // JSON, or empty
    // Sent as "Authorization: Bearer <token>" and nowhere else; empty for no header.
    QByteArray bearerToken;
};

struct HttpResponse {
    enum class NetworkError {
        None,        // an HTTP answer arrived (any status)
        Unreachable, // refused, host not found, network down, connection closed
        Timeout,     // no answer within the transfer timeout
        Tls,         // certificate or handshake problem
        Other,
    };

    NetworkError error = NetworkError::None;
    QString errorString; // transport detail for the log and the user (never a secret)
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names as received
    QByteArray body;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

class Transport : public QObject {
    Q_OBJECT
public:
    using RequestId = quint64; // 0 is never a valid id
    using Callback = std::function<void(const HttpResponse &)>;

    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    // Starts a request; `done` runs exactly once, later from the event loop (never inside
    // send()), unless the request is aborted first.
    virtual RequestId send(const HttpRequest &request, Callback done) = 0;
    // Stops a request; its callback will not run. Unknown or finished ids are ignored.
    virtual void abort(RequestId id) = 0;
};

} // namespace vd::app
