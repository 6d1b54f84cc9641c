// SPDX-License-Identifier: MIT
// The server's source of "now" (UTC), injectable so tests and the start-up sweep can reason
// about deadlines without sleeping.
#pragma once

#include <QDateTime>
#include <functional>

namespace vd::server {

using Clock = std::function<QDateTime()>;

inline QDateTime systemNow() {
    return QDateTime::currentDateTimeUtc();
}

} // namespace vd::server
