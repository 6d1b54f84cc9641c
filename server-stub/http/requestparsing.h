// SPDX-License-Identifier: MIT
// Request shape checks shared by every route: JSON bodies (415/400) and query parameters (400),
// each error naming the field.
#pragma once

#include "serviceerror.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace vd::server::http {

Result<QJsonObject> jsonBody(const QHttpServerRequest &request);

class QueryParams {
public:
    explicit QueryParams(const QHttpServerRequest &request);
    std::optional<QString> text(const QString &name) const;
    Result<int> integer(const QString &name, int fallback, int min, int max) const;
    Result<std::optional<QDateTime>> time(const QString &name) const;

private:
    QUrlQuery m_query;
};

// A protocol::DecodeError as a 400 invalid_field.
ServiceError invalidField(const QString &message);

} // namespace vd::server::http
