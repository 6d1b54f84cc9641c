// SPDX-License-Identifier: MIT
// The one place where service results become HTTP: statuses, the error body, Retry-After.
#pragma once

#include "serviceerror.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace vd::server::http {

using HttpStatus = QHttpServerResponder::StatusCode;

QHttpServerResponse json(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);
QHttpServerResponse json(const QByteArray &serialised, HttpStatus status = HttpStatus::Ok);
QHttpServerResponse noContent();
QHttpServerResponse error(const ServiceError &e);
int statusOf(ErrorKind kind);

// A Result<T> whose value has toJson(): the value, or the error.
template <typename T>
QHttpServerResponse reply(const Result<T> &r, HttpStatus status = HttpStatus::Ok) {
    if (!r)
        return error(r.error());
    return json(r.value().toJson(), status);
}

} // namespace vd::server::http
