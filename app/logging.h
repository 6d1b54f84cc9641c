// SPDX-License-Identifier: MIT
// Console logging: spdlog rotating file in the app-data location (and stderr with
// --verbose); Qt messages of every category are forwarded into it.
#pragma once

#include <QString>

namespace vd::app {

class Logging {
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024; // per file
    static constexpr int MaxFiles = 3;

    // Installs the Qt message handler. `directory` empty = <AppDataLocation>/logs.
    // Returns false (and logs to stderr only) when the file cannot be created.
    static bool init(bool verbose, const QString &directory = {});
    // Flushes and removes the handler (tests; harmless at exit).
    static void shutdown();
    static void flush();
    static QString logFilePath(); // empty before init()

    Logging() = delete;
};

} // namespace vd::app
