// SPDX-License-Identifier: MIT
// The two socket calls Qt does not offer: half-close and closing a descriptor it never adopted.
#pragma once

#include <QtGlobal>

namespace vd::server::socketops {

// Sends FIN but keeps reading, so a refused client gets our answer before the connection goes
// (closing with unread input makes the kernel send RST, which can destroy the answer in flight).
void shutdownWrite(qintptr descriptor);
void closeDescriptor(qintptr descriptor);

} // namespace vd::server::socketops
