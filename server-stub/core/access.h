// SPDX-License-Identifier: MIT
// Permission checks of API.md, worded once.
#pragma once

#include "records.h"
#include "serviceerror.h"

namespace vd::server::access {

enum class Area { AuthenticationMethods, Policy, Audit };

bool allows(const protocol::Permissions &p, Area area, wire::Permission needed);
// Done, or 403 forbidden naming the permission that is missing.
Status require(const OperatorRecord &op, Area area, wire::Permission needed);

} // namespace vd::server::access
