// SPDX-License-Identifier: MIT
// ErrorKind → status, and the {"error":{"code","message"}} body of every 4xx/5xx.
#include "httpresponses.h"

#include "dto.h"

#include <QJsonDocument>

namespace vd::server::http {

int statusOf(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadRequest:
        return 400;
    case ErrorKind::Unauthenticated:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::MethodNotAllowed:
        return 405;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Gone:
        return 410;
    case ErrorKind::PayloadTooLarge:
        return 413;
    case ErrorKind::UnsupportedMediaType:
        return 415;
    case ErrorKind::Unprocessable:
        return 422;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

QHttpServerResponse json(const QJsonObject &body, HttpStatus status) {
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QByteArray &serialised, HttpStatus status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"), serialised,
                               status);
}

QHttpServerResponse noContent() {
    return QHttpServerResponse(HttpStatus::NoContent); // no body: QtHttpServer would send one
}

QHttpServerResponse error(const ServiceError &e) {
    const protocol::ApiError body{e.code, e.message};
    QHttpServerResponse r = json(body.toJson(), static_cast<HttpStatus>(statusOf(e.kind)));
    if (e.kind == ErrorKind::RateLimited)
        r.setHeader(QByteArrayLiteral("Retry-After"),
                    QByteArray::number(std::max(1, e.retryAfterSeconds)));
    if (e.kind == ErrorKind::Unauthenticated)
        r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return r;
}

} // namespace vd::server::http
