// SPDX-License-Identifier: MIT
// What a service answers when it cannot do what was asked; http/ maps it to a status in one place.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace vd::server {

enum class ErrorKind {
    BadRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    Gone,
    PayloadTooLarge,
    UnsupportedMediaType,
    Unprocessable,
    RateLimited,
    Unavailable,
    Internal,
};

struct ServiceError {
    ErrorKind kind = ErrorKind::Internal;
    QString code;
    QString message;
    int retryAfterSeconds = 0; // for RateLimited

    static ServiceError make(ErrorKind kind, const char *code, const QString &message) {
        return ServiceError{kind, QString::fromLatin1(code), message, 0};
    }
    static ServiceError invalidField(const QString &message);
    static ServiceError unauthenticated();
    static ServiceError forbidden(const QString &message);
    static ServiceError notFound(const QString &what);
    static ServiceError internal();
};

// A value or a ServiceError.
template <typename T> class Result {
public:
    Result(T value)
        : m_v(std::move(value)) {}
    Result(ServiceError error)
        : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_v); }
    T &value() { return std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const ServiceError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, ServiceError> m_v;
};

struct Done {};
using Status = Result<Done>;

} // namespace vd::server
