// SPDX-License-Identifier: MIT
// The two socket calls Qt does not offer: half-close and closing a descriptor it never adopted.
#include "socketops.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace vd::server::socketops {

void shutdownWrite(qintptr descriptor) {
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(descriptor), SD_SEND);
#else
    ::shutdown(static_cast<int>(descriptor), SHUT_WR);
#endif
}

void closeDescriptor(qintptr descriptor) {
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::closesocket(static_cast<SOCKET>(descriptor));
#else
    ::close(static_cast<int>(descriptor));
#endif
}

} // namespace vd::server::socketops
