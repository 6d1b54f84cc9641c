// SPDX-License-Identifier: MIT
// The limits the connection guard enforces on every HTTP connection.
#pragma once

#include <QtGlobal>

namespace vd::server {

// Outside ConnectionGuard so that `Limits limits = {}` can be a default argument there (a nested
// struct's member initialisers are not usable before the enclosing class is complete).
struct ConnectionLimits {
    qint64 maxHeaderBytes = 16 * 1024; // request line + header fields + blank line
    qint64 maxBodyBytes = 64 * 1024;   // decoded body; chunk framing may add maxHeaderBytes more
    int idleTimeoutMs = 30000;         // no byte in either direction; <= 0 turns it off
    int requestDeadlineMs = 30000;     // first byte of a request to its last; <= 0 turns it off
    int maxConnections = 1024;         // open at once, WebSockets included; <= 0: no limit
};

} // namespace vd::server
