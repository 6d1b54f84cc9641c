// SPDX-License-Identifier: MIT
// Named intervals of the console: one place, so no magic number hides a product rule.
#pragma once

#include <chrono>

namespace vd::app::timing {

using std::chrono::milliseconds;

// The spec: "The panel polls the server every 2 seconds".
inline constexpr milliseconds PollInterval{2000};
// The countdown shows whole seconds.
inline constexpr milliseconds CountdownTick{1000};
// "The panel auto-hides a few seconds after a result is shown" (configurable).
inline constexpr milliseconds AutoHideDefault{5000};
// The server owns the timeout; after expiresAt the panel keeps polling this long for its timed_out.
inline constexpr milliseconds ExpiryGrace{20000};
// Every HTTP request gives up after this (QNetworkRequest::setTransferTimeout).
inline constexpr milliseconds RequestTimeout{15000};
// Typing pause before a live user search goes out.
inline constexpr milliseconds SearchDebounce{250};
// Event stream reconnect backoff: initial delay doubling up to the maximum, with jitter.
inline constexpr milliseconds ReconnectInitial{500};
inline constexpr milliseconds ReconnectMax{30000};
inline constexpr double ReconnectJitter = 0.2; // ± fraction of the delay

} // namespace vd::app::timing
