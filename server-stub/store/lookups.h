// SPDX-License-Identifier: MIT
// Store reads that answer 404 when the row does not exist, worded once for every service.
#pragma once

#include "store.h"

namespace vd::server::lookups {

inline Result<TokenRecord> existingToken(Store &store, const QString &serial) {
    auto t = store.tokenBySerial(serial);
    if (!t)
        return t.error();
    if (!t.value())
        return ServiceError::notFound(QStringLiteral("Token '%1'").arg(serial));
    return *t.value();
}

} // namespace vd::server::lookups
