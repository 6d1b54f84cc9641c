// SPDX-License-Identifier: MIT
// Content-Type is checked before parsing, so a form post gets 415 and broken JSON gets 400.
#include "requestparsing.h"

#include "jsonreader.h"
#include "wire.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vd::server::http {

ServiceError invalidField(const QString &message) {
    return ServiceError::invalidField(message);
}

Result<QJsonObject> jsonBody(const QHttpServerRequest &request) {
    const QByteArray type = request.value(QByteArrayLiteral("Content-Type")).trimmed().toLower();
    const QByteArray body = request.body();
    const bool declaredJson = type.startsWith("application/json") ||
                              (type.startsWith("application/") && type.contains("+json"));
    if (!type.isEmpty() && !declaredJson)
        return ServiceError::make(
            ErrorKind::UnsupportedMediaType, wire::error::UnsupportedMediaType,
            QStringLiteral("The body must be JSON (Content-Type: application/json)."));
    if (body.trimmed().isEmpty())
        return ServiceError::make(ErrorKind::BadRequest, wire::error::InvalidJson,
                                  QStringLiteral("A JSON object body is required."));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        if (type.isEmpty())
            return ServiceError::make(
                ErrorKind::UnsupportedMediaType, wire::error::UnsupportedMediaType,
                QStringLiteral("The body must be JSON (Content-Type: application/json)."));
        return ServiceError::make(ErrorKind::BadRequest, wire::error::InvalidJson,
                                  QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                      .arg(err.errorString())
                                      .arg(err.offset));
    }
    if (!doc.isObject())
        return ServiceError::make(ErrorKind::BadRequest, wire::error::InvalidJson,
                                  QStringLiteral("The body must be a JSON object."));
    return doc.object();
}

QueryParams::QueryParams(const QHttpServerRequest &request)
    : m_query(request.query()) {}

std::optional<QString> QueryParams::text(const QString &name) const {
    if (!m_query.hasQueryItem(name))
        return std::nullopt;
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

Result<int> QueryParams::integer(const QString &name, int fallback, int min, int max) const {
    const auto t = text(name);
    if (!t)
        return fallback;
    bool ok = false;
    const qlonglong v = t->toLongLong(&ok);
    if (!ok || v < min || v > max)
        return invalidField(QStringLiteral("query parameter '%1' must be an integer from %2 to %3")
                                .arg(name)
                                .arg(min)
                                .arg(max));
    return static_cast<int>(v);
}

Result<std::optional<QDateTime>> QueryParams::time(const QString &name) const {
    const auto t = text(name);
    if (!t || t->isEmpty())
        return std::optional<QDateTime>();
    const auto parsed = protocol::parseTime(*t);
    if (!parsed)
        return invalidField(QStringLiteral("query parameter '%1' must be an RFC 3339 time such as "
                                           "2026-12-03T10:15:30.123Z")
                                .arg(name));
    return std::optional<QDateTime>(*parsed);
}

} // namespace vd::server::http
