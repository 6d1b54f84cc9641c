// SPDX-License-Identifier: MIT
// KioskPolicy: a shared seat never keeps an operator signed in and can only be signed out.
#include "kioskpolicy.h"

#include "settingsregistry.h"

namespace vd::app {

KioskPolicy KioskPolicy::from(const SettingsRegistry *settings, bool commandLineKiosk) {
    KioskPolicy p;
    p.kiosk = commandLineKiosk || (settings && settings->kiosk());
    p.fullScreen = p.kiosk;
    p.closeAllowed = !p.kiosk;
    p.singleInstance = p.kiosk;
    p.keepSignedIn = !p.kiosk && (!settings || settings->allowKeepSignedIn());
    // IT's idle limit applies on every seat; kiosk mode only makes it matter most.
    if (settings)
        p.idleSignOut = std::chrono::minutes(settings->idleSignOutMinutes());
    return p;
}

} // namespace vd::app
