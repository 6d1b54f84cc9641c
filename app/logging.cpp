// SPDX-License-Identifier: MIT
// Logging (stub; implementation follows).
#include "logging.h"

namespace vd::app {

bool Logging::init(bool, const QString &) {
    return false;
}
void Logging::shutdown() {}
void Logging::flush() {}
QString Logging::logFilePath() {
    return {};
}

} // namespace vd::app
