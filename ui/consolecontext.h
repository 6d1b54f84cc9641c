// SPDX-License-Identifier: MIT
// The console's long-lived services, handed to the windows that render them (none owned).
#pragma once

namespace vd::app {
class ApiClient;
class Clock;
class EventStream;
class Session;
class SettingsRegistry;
} // namespace vd::app

namespace vd::ui {

struct ConsoleContext {
    app::ApiClient *api = nullptr;
    app::Session *session = nullptr;
    app::EventStream *events = nullptr; // may be nullptr (polling only)
    const app::Clock *clock = nullptr;
    app::SettingsRegistry *settings = nullptr; // may be nullptr (defaults)
};

} // namespace vd::ui
