// SPDX-License-Identifier: MIT
// Common ServiceError shapes, so that every route words them the same way.
#include "serviceerror.h"

#include "wire.h"

namespace vd::server {

ServiceError ServiceError::invalidField(const QString &message) {
    return make(ErrorKind::BadRequest, wire::error::InvalidField, message);
}

ServiceError ServiceError::unauthenticated() {
    return make(ErrorKind::Unauthenticated, wire::error::Unauthenticated,
                QStringLiteral("Sign in first: the session is missing, expired or unknown."));
}

ServiceError ServiceError::forbidden(const QString &message) {
    return make(ErrorKind::Forbidden, wire::error::Forbidden, message);
}

ServiceError ServiceError::notFound(const QString &what) {
    return make(ErrorKind::NotFound, wire::error::NotFound,
                QStringLiteral("%1 was not found.").arg(what));
}

ServiceError ServiceError::internal() {
    return make(ErrorKind::Internal, wire::error::Internal,
                QStringLiteral("The server could not complete the request; nothing was changed."));
}

} // namespace vd::server
