// SPDX-License-Identifier: MIT
// Segments are split on the encoded path and decoded one by one, so "%2F" stays inside a segment.
#include "router.h"

#include "httpresponses.h"
#include "wire.h"

#include <QUrl>

namespace vd::server::http {

namespace {
QStringList split(const QString &path) {
    QStringList parts = path.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast(); // tolerate one trailing slash
    return parts;
}

QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return {};
    }
}
} // namespace

void Router::add(Method method, const QString &pattern, Handler handler) {
    m_routes.append({method, split(pattern), std::move(handler)});
}

bool Router::match(const QStringList &pattern, const QStringList &path, QStringList *params) {
    if (pattern.size() != path.size())
        return false;
    params->clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("{}")) {
            const QString value = QUrl::fromPercentEncoding(path.at(i).toUtf8());
            if (value.isEmpty())
                return false;
            params->append(value);
        } else if (pattern.at(i) != path.at(i)) {
            return false;
        }
    }
    return true;
}

QHttpServerResponse Router::dispatch(const QHttpServerRequest &request) const {
    const QStringList path = split(request.url().path(QUrl::FullyEncoded));
    QByteArrayList allowed;
    QStringList params;
    for (const Route &route : m_routes) {
        if (!match(route.segments, path, &params))
            continue;
        if (route.method == request.method())
            return route.handler(RouteContext{request, params});
        allowed.append(methodName(route.method));
    }
    if (!allowed.isEmpty()) {
        QHttpServerResponse r = error(ServiceError::make(
            ErrorKind::MethodNotAllowed, wire::error::MethodNotAllowed,
            QStringLiteral("This path does not accept that method; it accepts %1.")
                .arg(QString::fromLatin1(allowed.join(", ")))));
        r.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
        return r;
    }
    return error(ServiceError::make(
        ErrorKind::NotFound, wire::error::NotFound,
        QStringLiteral("There is no such resource: %1").arg(request.url().path())));
}

} // namespace vd::server::http
