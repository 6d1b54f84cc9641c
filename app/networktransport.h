// SPDX-License-Identifier: MIT
// Transport on QNetworkAccessManager: a transfer timeout on every request, TLS errors
// reported (never ignored) and an optional CA bundle added to the trusted roots.
#pragma once

#include "timing.h"
#include "transport.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <chrono>
#include <optional>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace vd::app {

class NetworkTransport : public Transport {
    Q_OBJECT
public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;

    RequestId send(const HttpRequest &request, Callback done) override;
    void abort(RequestId id) override;

    // At exit: runs an event loop until every request in flight has been answered (the DELETE
    // that cancels a verification still waiting when the console closes), at most `limit`.
    // Returns true when nothing was left in flight.
    bool drain(std::chrono::milliseconds limit);
    int inFlight() const { return static_cast<int>(m_pending.size()); }

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // PEM file of extra CA certificates (an internal CA). Empty path = system roots only.
    // Returns false and fills *error (for the user) when the file is unreadable or holds no
    // certificate; the previous configuration stays.
    bool setCaBundle(const QString &pemPath, QString *error = nullptr);
    // The TLS configuration applied to https requests (also used for the event stream). Built
    // on first use: loading the TLS backend cost about 8 % of the console's start-up, and a
    // plain-http server never needs it.
    QSslConfiguration sslConfiguration() const;
    bool hasCaBundle() const { return !m_extraCas.isEmpty(); }

private:
    void finish(RequestId id, QNetworkReply *reply);

    struct Pending {
        QNetworkReply *reply = nullptr;
        Callback done;
        QString sslErrors;
    };

    QNetworkAccessManager *m_manager;
    QHash<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
    std::chrono::milliseconds m_timeout = timing::RequestTimeout;
    QList<QSslCertificate> m_extraCas;
    mutable std::optional<QSslConfiguration> m_ssl;
    QEventLoop *m_drain = nullptr;
};

} // namespace vd::app
