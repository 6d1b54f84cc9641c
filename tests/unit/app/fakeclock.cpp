// SPDX-License-Identifier: MIT
// FakeClock: advancing both time bases.
#include "fakeclock.h"

namespace vd::test {

FakeClock::FakeClock(QDateTime start)
    : m_now(std::move(start)) {}

void FakeClock::advance(std::chrono::milliseconds by) {
    m_now = m_now.addMSecs(by.count());
    m_steady += by.count();
}

} // namespace vd::test
