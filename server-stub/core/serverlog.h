// SPDX-License-Identifier: MIT
// Routes Qt's logging categories into spdlog (stderr). Call sites never log secrets.
#pragma once

namespace vd::server::serverlog {
void install();
}
