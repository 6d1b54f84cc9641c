// SPDX-License-Identifier: MIT
// verifydesk-device as a child process for tests, with its own app-data folder so the
// default token file never touches the user's home.
#pragma once

#include "managedprocess.h"

#include <QTemporaryDir>

namespace vd::test {

class DeviceProcess : public ManagedProcess {
public:
    DeviceProcess();
    // Kills the child before its temporary folder goes away.
    ~DeviceProcess() override;

    // Starts $VD_BIN_DIR/verifydesk-device with these arguments; stdout is captured line by
    // line (waitForLine, lines), stderr kept for readAllStderr().
    bool start(const QStringList &arguments);

    // A token file path in this device's folder, for --token-file.
    QString tokenFilePath(const QString &name = QStringLiteral("device-token.json")) const;
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace vd::test
