// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <QJsonArray>
#include <QTimeZone>
#include <cmath>

namespace vd::protocol {

QString formatTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseTime(const QString &s) {
    // A time without an offset would be read as local time: refuse it instead.
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toUTC();
}

JsonReader::JsonReader(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix)) {}

QString JsonReader::path(const QString &key) const {
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &what) {
    if (m_error.isSet())
        return;
    m_error.field = path(key);
    m_error.message = QStringLiteral("field '%1' %2").arg(m_error.field, what);
}

void JsonReader::adopt(const DecodeError &nested) {
    if (!m_error.isSet() && nested.isSet())
        m_error = nested;
}

bool JsonReader::has(const QString &key) const {
    return m_object.contains(key) && !m_object.value(key).isNull();
}

bool JsonReader::present(const QString &key, const char *typeName) {
    if (!ok())
        return false;
    if (!m_object.contains(key)) {
        fail(key, QStringLiteral("is missing"));
        return false;
    }
    if (m_object.value(key).isNull()) {
        fail(key, QStringLiteral("must be %1, not null").arg(QLatin1String(typeName)));
        return false;
    }
    return true;
}

QString JsonReader::string(const QString &key) {
    if (!present(key, "a string"))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key) {
    if (!ok() || !has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    return v.toString();
}

bool JsonReader::boolean(const QString &key) {
    if (!present(key, "a boolean"))
        return false;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be a boolean"));
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key) {
    if (!ok() || !has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be a boolean"));
        return std::nullopt;
    }
    return v.toBool();
}

static std::optional<qint64> asInteger(const QJsonValue &v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.007199254740992e15)
        return std::nullopt;
    return static_cast<qint64>(d);
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max) {
    if (!present(key, "an integer"))
        return 0;
    const auto i = asInteger(m_object.value(key));
    if (!i) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    if (*i < min || *i > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return *i;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max) {
    if (!ok() || !has(key))
        return std::nullopt;
    const qint64 v = integer(key, min, max);
    return ok() ? std::optional<qint64>(v) : std::nullopt;
}

QDateTime JsonReader::time(const QString &key) {
    const QString s = string(key);
    if (!ok())
        return {};
    const auto t = parseTime(s);
    if (!t) {
        fail(key, QStringLiteral("must be an RFC 3339 time"));
        return {};
    }
    return *t;
}

std::optional<QDateTime> JsonReader::optionalTime(const QString &key) {
    if (!ok() || !has(key))
        return std::nullopt;
    const QDateTime t = time(key);
    return ok() ? std::optional<QDateTime>(t) : std::nullopt;
}

QJsonObject JsonReader::object(const QString &key) {
    if (!present(key, "an object"))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key) {
    if (!present(key, "an array"))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return {};
    }
    return v.toArray();
}

} // namespace vd::protocol
