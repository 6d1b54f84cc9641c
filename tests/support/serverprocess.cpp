// SPDX-License-Identifier: MIT
// The real verifydesk-server as a child process for tests.
#include "serverprocess.h"

#include <QDir>

namespace vd::test {

ServerProcess::ServerProcess() {
    // Logs can be long: a file never fills up and blocks the server like an unread pipe.
    setStderrFile(m_dir.filePath(QStringLiteral("server.stderr")));
}

ServerProcess::~ServerProcess() {
    kill();
}

QString ServerProcess::databasePath() const {
    return m_dir.filePath(QStringLiteral("vd.sqlite"));
}

bool ServerProcess::start(const QStringList &extraArgs, bool seedDemo, int startTimeoutMs) {
    m_seedDemo = seedDemo;
    return startOn(0, extraArgs, startTimeoutMs);
}

bool ServerProcess::restart(const QStringList &extraArgs, bool samePort) {
    const quint16 previous = port();
    if (isRunning())
        stop();
    return startOn(samePort ? previous : 0, extraArgs, StartTimeoutMs);
}

bool ServerProcess::startOn(quint16 port, const QStringList &extraArgs, int startTimeoutMs) {
    m_error.clear();
    m_baseUrl.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--database"), databasePath()};
    if (m_seedDemo)
        args << QStringLiteral("--seed") << QStringLiteral("demo");
    args << extraArgs;
    const QString program = binary(QStringLiteral("verifydesk-server"));
    if (!launch(program, args)) {
        m_error = QStringLiteral("cannot start %1").arg(program);
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+)"));
    const QRegularExpressionMatch match = waitForLine(listening, startTimeoutMs);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("%1 did not report listening within %2 ms; stdout: %3; "
                                 "stderr: %4")
                      .arg(commandLine(), QString::number(startTimeoutMs),
                           QString::fromUtf8(readAllStdout()),
                           QString::fromUtf8(readAllStderr().right(4000)));
        kill();
        return false;
    }
    m_baseUrl = QUrl(match.captured(1));
    return m_baseUrl.isValid();
}

} // namespace vd::test
