// SPDX-License-Identifier: MIT
// A child process for tests: captures stdout as lines, waits for a line with a bound,
// stops it with SIGTERM and never outlives the test (the destructor kills).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <memory>

namespace vd::test {

class ManagedProcess {
public:
    ManagedProcess();
    virtual ~ManagedProcess();
    ManagedProcess(const ManagedProcess &) = delete;
    ManagedProcess &operator=(const ManagedProcess &) = delete;

    // $VD_BIN_DIR/<name>, else next to the test executable.
    static QString binary(const QString &name);

    void setEnvironmentValue(const QString &name, const QString &value);
    // Stderr goes to this file (appended across restarts) instead of a pipe nobody reads.
    void setStderrFile(const QString &path);

    bool launch(const QString &program, const QStringList &arguments, int startTimeoutMs = 10000);
    bool isRunning() const;
    qint64 processId() const;

    // Waits for a stdout line matching re, searching the lines after the last matched one
    // (so the same pattern can be awaited again for the next occurrence). No match on timeout
    // or when the process ends first.
    QRegularExpressionMatch waitForLine(const QRegularExpression &re, int timeoutMs = 20000);
    QStringList lines(); // every stdout line so far
    QByteArray readAllStdout();
    QByteArray readAllStderr();

    void write(const QByteArray &bytes); // to stdin
    void closeStdin();

    // Exit code; -1 when it crashed or did not end in time.
    int waitForExit(int timeoutMs = 15000);
    int stop(int timeoutMs = 15000); // SIGTERM, wait, SIGKILL if it hangs
    void kill();

    QString commandLine() const; // for failure messages

protected:
    QProcess *process() const { return m_process.get(); }

private:
    void collect();

    std::unique_ptr<QProcess> m_process;
    QProcessEnvironment m_environment;
    QString m_stderrFile;
    QByteArray m_stdout;
    QByteArray m_partialLine;
    QStringList m_lines;
    qsizetype m_cursor = 0;
};

} // namespace vd::test
