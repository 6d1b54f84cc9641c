// SPDX-License-Identifier: MIT
// The outcome of one ApiClient call: a decoded value or an ApiFailure, never both.
#pragma once

#include "apifailure.h"

#include <optional>
#include <utility>

namespace vd::app {

// Value of calls whose success has no body (204).
struct NoContent {};

template <typename T> class ApiResult {
public:
    ApiResult(T value)
        : m_value(std::move(value)) {}
    ApiResult(ApiFailure failure)
        : m_failure(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ApiFailure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    ApiFailure m_failure;
};

} // namespace vd::app
