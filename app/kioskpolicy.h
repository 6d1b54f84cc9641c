// SPDX-License-Identifier: MIT
// What kiosk mode (--kiosk or managed ui/kiosk) and the managed session limits allow, decided
// once from the settings so the widgets only render it.
#pragma once

#include <chrono>

namespace vd::app {

class SettingsRegistry;

struct KioskPolicy {
    bool kiosk = false;
    bool fullScreen = false;             // full screen and frameless
    bool closeAllowed = true;            // close / Alt+F4 / Quit end the console
    bool keepSignedIn = true;            // "Keep me signed in" may be offered
    bool singleInstance = false;         // one console per station
    std::chrono::minutes idleSignOut{0}; // 0 = never

    // settings may be nullptr (defaults); commandLineKiosk is --kiosk.
    static KioskPolicy from(const SettingsRegistry *settings, bool commandLineKiosk);
};

} // namespace vd::app
