// SPDX-License-Identifier: MIT
// The verifydesk-server command line of API.md: --help, --version, refused flags (exit 2),
// the one "listening on" line, and a clean exit 0 on SIGINT and SIGTERM.
#include "managedprocess.h"
#include "testhttp.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using vd::test::ManagedProcess;
using vd::test::TestHttp;

namespace {

constexpr int ExitTimeoutMs = 20000;

QString serverBinary() {
    return ManagedProcess::binary(QStringLiteral("verifydesk-server"));
}

} // namespace

class TestServerCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void version();
    void badArguments_data();
    void badArguments();
    void listeningLine();
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();

private:
    QStringList runArgs() const;

    QTemporaryDir m_dir;
};

void TestServerCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(serverBinary()).isExecutable(), qPrintable(serverBinary()));
}

QStringList TestServerCli::runArgs() const {
    return {QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--database"), m_dir.filePath(QStringLiteral("cli.sqlite")),
            QStringLiteral("--seed"),     QStringLiteral("demo")};
}

void TestServerCli::help_data() {
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestServerCli::help() {
    QFETCH(QString, flag);
    ManagedProcess p;
    QVERIFY(p.launch(serverBinary(), {flag}));
    QCOMPARE(p.waitForExit(ExitTimeoutMs), 0);
    const QString out = QString::fromUtf8(p.readAllStdout());
    // Every documented flag is described.
    for (const char *documented :
         {"--listen", "--database", "--seed", "--verification-timeout", "--version", "--help"})
        QVERIFY2(
            out.contains(QLatin1String(documented)),
            qPrintable(QStringLiteral("%1 missing in: %2").arg(QLatin1String(documented), out)));
    QVERIFY(!out.contains(QLatin1String("listening on")));
}

void TestServerCli::version() {
    ManagedProcess p;
    QVERIFY(p.launch(serverBinary(), {QStringLiteral("--version")}));
    QCOMPARE(p.waitForExit(ExitTimeoutMs), 0);
    const QString out = QString::fromUtf8(p.readAllStdout()).trimmed();
    static const QRegularExpression shape(QStringLiteral("^verifydesk-server \\d+\\.\\d+\\.\\d+"));
    QVERIFY2(shape.match(out).hasMatch(), qPrintable(out));
}

void TestServerCli::badArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions"); // the message names what was wrong
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--no-such-flag")}
                                  << QStringLiteral("no-such-flag");
    QTest::newRow("flag without value")
        << QStringList{QStringLiteral("--listen")} << QStringLiteral("listen");
    QTest::newRow("listen without port")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
        << QStringLiteral("--listen");
    QTest::newRow("listen port too big")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
        << QStringLiteral("--listen");
    QTest::newRow("listen bad host")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("not a host:80")}
        << QStringLiteral("--listen");
    QTest::newRow("unknown seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("prod")}
                                  << QStringLiteral("--seed");
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("--verification-timeout"),
                                                 QStringLiteral("0")}
                                  << QStringLiteral("--verification-timeout");
    QTest::newRow("timeout not a number")
        << QStringList{QStringLiteral("--verification-timeout"), QStringLiteral("soon")}
        << QStringLiteral("--verification-timeout");
    QTest::newRow("positional argument")
        << QStringList{QStringLiteral("serve")} << QStringLiteral("serve");
}

void TestServerCli::badArguments() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    ManagedProcess p;
    p.setStderrFile(m_dir.filePath(QStringLiteral("bad-%1.stderr")
                                       .arg(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')))));
    QVERIFY(p.launch(serverBinary(), args));
    QCOMPARE(p.waitForExit(ExitTimeoutMs), 2);
    const QString err = QString::fromUtf8(p.readAllStderr());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!p.readAllStdout().contains("listening on"));
}

void TestServerCli::listeningLine() {
    ManagedProcess p;
    p.setStderrFile(m_dir.filePath(QStringLiteral("listen.stderr")));
    QVERIFY(p.launch(serverBinary(), runArgs()));
    static const QRegularExpression exact(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const QRegularExpressionMatch match = p.waitForLine(exact, 20000);
    QVERIFY2(match.hasMatch(), qPrintable(QString::fromUtf8(p.readAllStdout())));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0 && port <= 65535);

    // The printed port is the one serving.
    TestHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(p.stop(ExitTimeoutMs), 0);
    const QStringList listening = p.lines().filter(QStringLiteral("listening on"));
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.first(), match.captured(0));
}

void TestServerCli::stopsCleanlyOnSignal_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestServerCli::stopsCleanlyOnSignal() {
    QFETCH(int, signalNumber);
    ManagedProcess p;
    p.setStderrFile(m_dir.filePath(QStringLiteral("signal.stderr")));
    QVERIFY(p.launch(serverBinary(), runArgs()));
    const auto match = p.waitForLine(QRegularExpression(QStringLiteral("^listening on (\\S+)$")));
    QVERIFY(match.hasMatch());
    TestHttp http{QUrl(match.captured(1))};
    QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signalNumber), 0);
    QCOMPARE(p.waitForExit(ExitTimeoutMs), 0);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
