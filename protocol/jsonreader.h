// SPDX-License-Identifier: MIT
// Typed reading of JSON objects: the first problem is kept with the name of its field,
// so a server can answer 400 naming it and a client can say which reply was malformed.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace vd::protocol {

struct DecodeError {
    QString field;   // dotted path, e.g. "verification.state"
    QString message; // human text naming the field
    bool isSet() const { return !field.isEmpty() || !message.isEmpty(); }
};

// RFC 3339 UTC with milliseconds, as API.md requires.
QString formatTime(const QDateTime &t);
std::optional<QDateTime> parseTime(const QString &s);

class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString prefix = {});

    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null → nullopt
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    QDateTime time(const QString &key);
    std::optional<QDateTime> optionalTime(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    bool has(const QString &key) const;

    template <typename E>
    E enumeration(const QString &key,
                  const std::function<std::optional<E>(const QString &)> &parse) {
        const QString s = string(key);
        if (!ok())
            return E{};
        if (auto e = parse(s))
            return *e;
        fail(key, QStringLiteral("has an unknown value"));
        return E{};
    }
    template <typename E>
    std::optional<E>
    optionalEnumeration(const QString &key,
                        const std::function<std::optional<E>(const QString &)> &parse) {
        const auto s = optionalString(key);
        if (!s)
            return std::nullopt;
        if (auto e = parse(*s))
            return e;
        fail(key, QStringLiteral("has an unknown value"));
        return std::nullopt;
    }

    bool ok() const { return !m_error.isSet(); }
    const DecodeError &error() const { return m_error; }
    void fail(const QString &key, const QString &what);
    // Adopts an error raised while decoding a nested object.
    void adopt(const DecodeError &nested);
    QString path(const QString &key) const;

private:
    bool present(const QString &key, const char *typeName);

    QJsonObject m_object;
    QString m_prefix;
    DecodeError m_error;
};

} // namespace vd::protocol
