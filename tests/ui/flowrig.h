// SPDX-License-Identifier: MIT
// A ConsoleFlow on fakes with a temp system (managed) and user settings file, for the
// managed-settings, kiosk and accessibility tests.
#pragma once

#include "apiclient.h"
#include "consoleflow.h"
#include "fakeclock.h"
#include "faketokenvault.h"
#include "faketransport.h"
#include "session.h"
#include "settingsregistry.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace vd::test {

class FlowRig {
public:
    using Values = QMap<QString, QString>; // INI key (e.g. "server/url") → value

    explicit FlowRig(const Values &system = {}, const Values &user = {});
    ~FlowRig();

    void start(const ui::ConsoleFlow::Options &options = {});
    // Types the demo operator into the sign-in dialog and waits for the main window.
    bool signIn();

    QTemporaryDir dir;
    FakeTransport transport;
    app::ApiClient api{&transport};
    FakeTokenVault vault;
    app::Session session{&api, &vault};
    FakeClock clock;
    std::unique_ptr<app::SettingsRegistry> settings;
    std::unique_ptr<ui::ConsoleFlow> flow;
};

} // namespace vd::test
