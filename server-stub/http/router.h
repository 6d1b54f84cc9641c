// SPDX-License-Identifier: MIT
// Method + path routing with path parameters. Unlike QtHttpServer 6.4's router it tells a
// wrong method (405, with Allow) from an unknown path (404).
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QStringList>
#include <functional>

namespace vd::server::http {

struct RouteContext {
    const QHttpServerRequest &request;
    QStringList params; // decoded path segments matched by "{}"
};

class Router {
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(const RouteContext &)>;

    // pattern: "/api/v1/users/{}" — each "{}" matches one non-empty path segment.
    void add(Method method, const QString &pattern, Handler handler);
    QHttpServerResponse dispatch(const QHttpServerRequest &request) const;

private:
    struct Route {
        Method method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const QStringList &pattern, const QStringList &path, QStringList *params);
    QList<Route> m_routes;
};

} // namespace vd::server::http
