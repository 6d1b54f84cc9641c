// SPDX-License-Identifier: MIT
// The verifydesk executable as a process: SIGTERM and SIGINT end it cleanly (exit 0, its last
// log lines written), like closing the window, instead of killing it mid-flow.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestConsoleProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void terminationSignalExitsCleanly_data();
    void terminationSignalExitsCleanly();
};

void TestConsoleProcess::terminationSignalExitsCleanly_data() {
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestConsoleProcess::terminationSignalExitsCleanly() {
    QFETCH(int, sig);
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(var), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::MergedChannels);
    // Port 9 (discard) on loopback: nothing answers, and nothing is sent before sign-in.
    console.start(qEnvironmentVariable("VD_BIN_DIR") + QStringLiteral("/verifydesk"),
                  {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                   QStringLiteral("--verbose")});
    QVERIFY2(console.waitForStarted(10000), qPrintable(console.errorString()));
    QByteArray output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += console.readAll();
            return output.contains("vd.main: started");
        },
        30000));
    ::kill(static_cast<pid_t>(console.processId()), sig);
    QVERIFY(console.waitForFinished(15000));
    output += console.readAll();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit, output.constData());
    QCOMPARE(console.exitCode(), 0);
    QVERIFY2(output.contains("received; closing"), output.constData());
    QVERIFY2(output.contains("vd.main: exiting with 0"), output.constData());
}

QTEST_GUILESS_MAIN(TestConsoleProcess)
#include "tst_consoleprocess.moc"
