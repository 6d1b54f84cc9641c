// SPDX-License-Identifier: MIT
// The audit trail a verification must leave (API.md "Audit"), checked with QTest macros.
#pragma once

#include "wire.h"

#include <QString>

namespace vd::e2e {

class ConsoleCore;

// Reads both audit lists as the signed-in operator (helpdesk) and checks the entries of
// verification `id`: one dispatch entry, one outcome entry unless cancelled, and exactly one
// authentication entry with the API.md message for approved / denied / wrong_number /
// timed_out (none otherwise). Fails the current test; check QTest::currentTestFailed().
void verifyAuditTrail(ConsoleCore &core, const QString &id, const QString &userId,
                      const QString &serial, wire::VerificationState state, const QString &ticket);

} // namespace vd::e2e
