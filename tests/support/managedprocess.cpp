// SPDX-License-Identifier: MIT
// A child process for tests that never outlives the test.
#include "managedprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace vd::test {

ManagedProcess::ManagedProcess()
    : m_environment(QProcessEnvironment::systemEnvironment()) {}

ManagedProcess::~ManagedProcess() {
    kill();
}

QString ManagedProcess::binary(const QString &name) {
    QString dir = qEnvironmentVariable("VD_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath();
    return QDir(dir).filePath(name);
}

void ManagedProcess::setEnvironmentValue(const QString &name, const QString &value) {
    m_environment.insert(name, value);
}

void ManagedProcess::setStderrFile(const QString &path) {
    m_stderrFile = path;
}

bool ManagedProcess::launch(const QString &program, const QStringList &arguments,
                            int startTimeoutMs) {
    kill();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(m_environment);
    if (!m_stderrFile.isEmpty())
        m_process->setStandardErrorFile(m_stderrFile, QIODevice::Append);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { collect(); });
    m_stdout.clear();
    m_partialLine.clear();
    m_lines.clear();
    m_cursor = 0;
    m_process->start();
    return m_process->waitForStarted(startTimeoutMs);
}

bool ManagedProcess::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ManagedProcess::processId() const {
    return m_process ? m_process->processId() : 0;
}

void ManagedProcess::collect() {
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardOutput();
    m_stdout += chunk;
    m_partialLine += chunk;
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        QByteArray line = m_partialLine.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        m_lines.append(QString::fromUtf8(line));
        m_partialLine.remove(0, newline + 1);
    }
    if (!isRunning() && !m_partialLine.isEmpty()) {
        m_lines.append(QString::fromUtf8(m_partialLine));
        m_partialLine.clear();
    }
}

QRegularExpressionMatch ManagedProcess::waitForLine(const QRegularExpression &re, int timeoutMs) {
    auto search = [&]() -> QRegularExpressionMatch {
        collect();
        for (qsizetype i = m_cursor; i < m_lines.size(); ++i) {
            QRegularExpressionMatch match = re.match(m_lines.at(i));
            if (match.hasMatch()) {
                m_cursor = i + 1;
                return match;
            }
        }
        return {};
    };
    QRegularExpressionMatch match = search();
    if (match.hasMatch() || !m_process)
        return match;

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, [&] {
        match = search();
        if (match.hasMatch())
            loop.quit();
    });
    QObject::connect(m_process.get(), &QProcess::finished, &loop, [&] {
        match = search();
        loop.quit();
    });
    if (!isRunning())
        return search();
    deadline.start(timeoutMs);
    loop.exec();
    return match.hasMatch() ? match : search();
}

QStringList ManagedProcess::lines() {
    collect();
    return m_lines;
}

QByteArray ManagedProcess::readAllStdout() {
    collect();
    return m_stdout;
}

QByteArray ManagedProcess::readAllStderr() {
    if (!m_stderrFile.isEmpty()) {
        QFile file(m_stderrFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    return m_process ? m_process->readAllStandardError() : QByteArray();
}

void ManagedProcess::write(const QByteArray &bytes) {
    if (m_process) {
        m_process->write(bytes);
        m_process->waitForBytesWritten(5000);
    }
}

void ManagedProcess::closeStdin() {
    if (m_process)
        m_process->closeWriteChannel();
}

int ManagedProcess::waitForExit(int timeoutMs) {
    if (!m_process)
        return -1;
    if (isRunning() && !m_process->waitForFinished(timeoutMs))
        return -1;
    collect();
    if (m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

int ManagedProcess::stop(int timeoutMs) {
    if (!m_process)
        return -1;
    if (isRunning())
        m_process->terminate();
    const int code = waitForExit(timeoutMs);
    if (isRunning())
        kill();
    return code;
}

void ManagedProcess::kill() {
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    collect();
}

QString ManagedProcess::commandLine() const {
    if (!m_process)
        return {};
    return m_process->program() + QLatin1Char(' ') + m_process->arguments().join(QLatin1Char(' '));
}

} // namespace vd::test
