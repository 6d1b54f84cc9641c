// SPDX-License-Identifier: MIT
// verifydesk-device as a child process for tests.
#include "deviceprocess.h"

namespace vd::test {

DeviceProcess::DeviceProcess() {
    setEnvironmentValue(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    setEnvironmentValue(QStringLiteral("XDG_CONFIG_HOME"),
                        m_dir.filePath(QStringLiteral("config")));
    setStderrFile(m_dir.filePath(QStringLiteral("device.stderr")));
}

DeviceProcess::~DeviceProcess() {
    kill();
}

bool DeviceProcess::start(const QStringList &arguments) {
    return launch(binary(QStringLiteral("verifydesk-device")), arguments);
}

QString DeviceProcess::tokenFilePath(const QString &name) const {
    return m_dir.filePath(name);
}

} // namespace vd::test
