// SPDX-License-Identifier: MIT
// DeviceOptions: what the verifydesk-device command line accepts and what is a usage error.
#include "deviceoptions.h"

#include <QTest>

using vd::device::DeviceOptions;

Q_DECLARE_METATYPE(DeviceOptions::Outcome)

class TestDeviceOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outcome_data();
    void outcome();
    void fullCommandLine();
    void defaults();
};

void TestDeviceOptions::initTestCase() {
    QCoreApplication::setApplicationName(QStringLiteral("verifydesk-device"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestDeviceOptions::outcome_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<DeviceOptions::Outcome>("expected");
    QTest::addColumn<QString>("textContains");

    using O = DeviceOptions::Outcome;
    const QStringList base{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:8470"),
                           QStringLiteral("--serial"), QStringLiteral("MP-1001")};
    auto with = [&](const QStringList &extra) {
        return base + extra;
    };

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << O::Help
                          << "--activation-code";
    QTest::newRow("help names the program")
        << QStringList{QStringLiteral("-h")} << O::Help << "verifydesk-device";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << O::Version << "9.8.7";
    QTest::newRow("minimal") << base << O::Run << "";
    QTest::newRow("no server") << QStringList{QStringLiteral("--serial"), QStringLiteral("MP-1")}
                               << O::UsageError << "--server";
    QTest::newRow("ftp server") << QStringList{QStringLiteral("--server"),
                                               QStringLiteral("ftp://x"),
                                               QStringLiteral("--serial"), QStringLiteral("A")}
                                << O::UsageError << "http";
    QTest::newRow("server without host")
        << QStringList{QStringLiteral("--server"), QStringLiteral("http://"),
                       QStringLiteral("--serial"), QStringLiteral("A")}
        << O::UsageError << "http";
    QTest::newRow("no serial") << QStringList{QStringLiteral("--server"),
                                              QStringLiteral("http://h")}
                               << O::UsageError << "--serial";
    QTest::newRow("unknown option")
        << with({QStringLiteral("--bogus")}) << O::UsageError << "bogus";
    QTest::newRow("positional") << with({QStringLiteral("extra")}) << O::UsageError << "extra";
    QTest::newRow("bad auto") << with({QStringLiteral("--auto"), QStringLiteral("maybe")})
                              << O::UsageError << "--auto";
    QTest::newRow("correct without expect")
        << with({QStringLiteral("--auto"), QStringLiteral("correct")}) << O::UsageError
        << "--expect";
    QTest::newRow("wrong without expect")
        << with({QStringLiteral("--auto"), QStringLiteral("wrong")}) << O::UsageError << "--expect";
    QTest::newRow("correct with expect")
        << with({QStringLiteral("--auto"), QStringLiteral("correct"), QStringLiteral("--expect"),
                 QStringLiteral("47")})
        << O::Run << "";
    QTest::newRow("approve without expect")
        << with({QStringLiteral("--auto"), QStringLiteral("approve")}) << O::Run << "";
    QTest::newRow("expect not a number")
        << with({QStringLiteral("--expect"), QStringLiteral("x")}) << O::UsageError << "--expect";
    QTest::newRow("negative delay") << with({QStringLiteral("--auto-delay"), QStringLiteral("-5")})
                                    << O::UsageError << "--auto-delay";
    QTest::newRow("poll too small")
        << with({QStringLiteral("--poll-interval"), QStringLiteral("1")}) << O::UsageError
        << "--poll-interval";
    QTest::newRow("empty activation code") << with({QStringLiteral("--activation-code"), QString()})
                                           << O::UsageError << "--activation-code";
    QTest::newRow("demo needs gui") << QStringList{QStringLiteral("--demo"), QStringLiteral("idle")}
                                    << O::UsageError << "--gui";
    QTest::newRow("unknown demo") << QStringList{QStringLiteral("--gui"), QStringLiteral("--demo"),
                                                 QStringLiteral("x")}
                                  << O::UsageError << "--demo";
    QTest::newRow("demo without server")
        << QStringList{QStringLiteral("--gui"), QStringLiteral("--demo"), QStringLiteral("numeric")}
        << O::Run << "";
}

void TestDeviceOptions::outcome() {
    QFETCH(QStringList, args);
    QFETCH(DeviceOptions::Outcome, expected);
    QFETCH(QString, textContains);
    DeviceOptions options;
    const auto result = options.parse(QStringList{QStringLiteral("verifydesk-device")} + args);
    QCOMPARE(result.outcome, expected);
    QVERIFY2(result.text.contains(textContains), qPrintable(result.text));
}

void TestDeviceOptions::fullCommandLine() {
    DeviceOptions options;
    const auto result = options.parse(
        {QStringLiteral("verifydesk-device"), QStringLiteral("--server"),
         QStringLiteral("https://vd.example.com/base/"), QStringLiteral("--serial"),
         QStringLiteral("MP-1001"), QStringLiteral("--activation-code"), QStringLiteral("ABC-123"),
         QStringLiteral("--token-file"), QStringLiteral("/tmp/t.json"), QStringLiteral("--auto"),
         QStringLiteral("wrong"), QStringLiteral("--expect"), QStringLiteral("47"),
         QStringLiteral("--auto-delay"), QStringLiteral("250"), QStringLiteral("--poll-interval"),
         QStringLiteral("500"), QStringLiteral("--no-websocket")});
    QCOMPARE(result.outcome, DeviceOptions::Outcome::Run);
    QCOMPARE(options.server, QUrl(QStringLiteral("https://vd.example.com/base/")));
    QCOMPARE(options.serial, QStringLiteral("MP-1001"));
    QCOMPARE(options.activationCode, QStringLiteral("ABC-123"));
    QCOMPARE(options.tokenFile, QStringLiteral("/tmp/t.json"));
    QCOMPARE(options.autoMode, std::optional(vd::device::AutoMode::Wrong));
    QCOMPARE(options.expect, std::optional(47));
    QCOMPARE(options.autoDelayMs, 250);
    QCOMPARE(options.pollIntervalMs, 500);
    QVERIFY(options.noWebSocket);
    QVERIFY(!options.gui);
}

void TestDeviceOptions::defaults() {
    DeviceOptions options;
    const auto result = options.parse(
        {QStringLiteral("verifydesk-device"), QStringLiteral("--server"),
         QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--serial"), QStringLiteral("MP-1")});
    QCOMPARE(result.outcome, DeviceOptions::Outcome::Run);
    QCOMPARE(options.pollIntervalMs, DeviceOptions::DefaultPollIntervalMs);
    QCOMPARE(options.autoDelayMs, 0);
    QVERIFY(!options.autoMode);
    QVERIFY(options.activationCode.isEmpty());
    QVERIFY(options.tokenFile.isEmpty());
    QVERIFY(!options.noWebSocket);
}

QTEST_GUILESS_MAIN(TestDeviceOptions)
#include "tst_deviceoptions.moc"
