// SPDX-License-Identifier: MIT
// An HTTP error answer the connection guard writes itself before closing a connection.
#include "refusal.h"

#include "dto.h"

#include <QJsonDocument>

namespace vd::server {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

QByteArray Refusal::toHttp() const {
    const QByteArray body =
        QJsonDocument(protocol::ApiError{code, message}.toJson()).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(200 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 503)
        out += "Retry-After: 1\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    return out;
}

} // namespace vd::server
