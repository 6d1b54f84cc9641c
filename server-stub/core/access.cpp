// SPDX-License-Identifier: MIT
// edit implies view; none allows nothing.
#include "access.h"

namespace vd::server::access {

static int rank(wire::Permission p) {
    switch (p) {
    case wire::Permission::None:
        return 0;
    case wire::Permission::View:
        return 1;
    case wire::Permission::Edit:
        return 2;
    }
    return 0;
}

static wire::Permission granted(const protocol::Permissions &p, Area area) {
    switch (area) {
    case Area::AuthenticationMethods:
        return p.authenticationMethods;
    case Area::Policy:
        return p.policy;
    case Area::Audit:
        return p.audit;
    }
    return wire::Permission::None;
}

bool allows(const protocol::Permissions &p, Area area, wire::Permission needed) {
    return rank(granted(p, area)) >= rank(needed);
}

Status require(const OperatorRecord &op, Area area, wire::Permission needed) {
    if (allows(op.permissions, area, needed))
        return Done{};
    static const char *names[] = {"assignment.authenticationMethods", "policy", "audit"};
    return ServiceError::forbidden(
        QStringLiteral("Your role needs '%1: %2' for this.")
            .arg(QLatin1String(names[static_cast<int>(area)]), wire::toWire(needed)));
}

} // namespace vd::server::access
