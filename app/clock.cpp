// SPDX-License-Identifier: MIT
// Out-of-line destructor so the vtable lives in one translation unit.
#include "clock.h"

namespace vd::app {

Clock::~Clock() = default;

} // namespace vd::app
