// SPDX-License-Identifier: MIT
// The verifydesk-device command line, parsed without any Q*Application so --help and
// --version work on a machine without a display.
#pragma once

#include "answerpolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace vd::device {

class DeviceOptions {
public:
    enum class Outcome { Run, Help, Version, UsageError };

    struct Result {
        Outcome outcome = Outcome::UsageError;
        QString text; // help text, version line or usage error
    };

    // Parses argv (arguments.first() is the program). Fills this object on Outcome::Run.
    Result parse(const QStringList &arguments);

    QUrl server;
    QString serial;
    QString activationCode;
    QString tokenFile;                // empty: default per-serial file in the app-data location
    std::optional<AutoMode> autoMode; // nullopt: interactive (or the GUI decides)
    std::optional<int> expect;
    int autoDelayMs = 0;
    bool gui = false;
    int pollIntervalMs = 2000;
    // Hidden, for tests and screenshots.
    bool noWebSocket = false;
    QString screenshotPath;
    QString demo; // "", "numeric", "plain", "idle", "result"

    static constexpr int DefaultPollIntervalMs = 2000;
};

} // namespace vd::device
