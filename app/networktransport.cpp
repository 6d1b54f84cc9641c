// SPDX-License-Identifier: MIT
// NetworkTransport (stub; implementation follows).
#include "networktransport.h"

#include <QNetworkAccessManager>

namespace vd::app {

NetworkTransport::NetworkTransport(QObject *parent)
    : Transport(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration()) {}
NetworkTransport::~NetworkTransport() = default;
Transport::RequestId NetworkTransport::send(const HttpRequest &, Callback) {
    return 0;
}
void NetworkTransport::abort(RequestId) {}
void NetworkTransport::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = timeout;
}
std::chrono::milliseconds NetworkTransport::timeout() const {
    return m_timeout;
}
bool NetworkTransport::setCaBundle(const QString &, QString *) {
    return false;
}
QSslConfiguration NetworkTransport::sslConfiguration() const {
    return m_ssl;
}
void NetworkTransport::finish(RequestId, QNetworkReply *) {}

} // namespace vd::app
