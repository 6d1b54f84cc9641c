// SPDX-License-Identifier: MIT
// The verifydesk-device command line.
#include "deviceoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace vd::device {

namespace {

QCommandLineOption hidden(QCommandLineOption option) {
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

std::optional<int> toInt(const QString &text, int min, int max) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

DeviceOptions::Result DeviceOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulated MobilePASS+ app for VerifyDesk: receives helpdesk push requests and answers "
        "them.\n\n"
        "--auto approve approves; in numeric mode the device cannot know the right number, so "
        "it picks --expect N when offered, else the first choice. --auto correct / wrong need "
        "--expect N. Without --auto (and without --gui) it asks on stdin: a(pprove), d(eny) or "
        "one of the numbers."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("VerifyDesk server base URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption serialOption(QStringLiteral("serial"),
                                          QStringLiteral("MobilePASS+ token serial."),
                                          QStringLiteral("SERIAL"));
    const QCommandLineOption codeOption(
        QStringLiteral("activation-code"),
        QStringLiteral("Activate the device with this code (from the operator) first."),
        QStringLiteral("CODE"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("Where the device token is kept (default: one file per serial in the "
                       "app-data location)."),
        QStringLiteral("PATH"));
    const QCommandLineOption autoOption(
        QStringLiteral("auto"),
        QStringLiteral("Answer every request by itself: approve, deny, correct, wrong or ignore."),
        QStringLiteral("MODE"));
    const QCommandLineOption expectOption(
        QStringLiteral("expect"),
        QStringLiteral("The verification number the operator sees (for --auto correct/wrong)."),
        QStringLiteral("N"));
    const QCommandLineOption delayOption(QStringLiteral("auto-delay"),
                                         QStringLiteral("Wait this long before answering."),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption guiOption(QStringLiteral("gui"),
                                       QStringLiteral("Show the phone-like window."));
    const QCommandLineOption pollOption(
        QStringLiteral("poll-interval"),
        QStringLiteral("Polling interval when the WebSocket is unavailable."), QStringLiteral("MS"),
        QString::number(DefaultPollIntervalMs));
    const QCommandLineOption noWebSocketOption =
        hidden(QCommandLineOption(QStringLiteral("no-websocket"), QStringLiteral("Poll only.")));
    const QCommandLineOption screenshotOption = hidden(
        QCommandLineOption(QStringLiteral("screenshot"),
                           QStringLiteral("Save a window grab (GUI)."), QStringLiteral("PATH")));
    const QCommandLineOption demoOption = hidden(QCommandLineOption(
        QStringLiteral("demo"), QStringLiteral("Show a sample screen without a server (GUI)."),
        QStringLiteral("SCREEN")));
    parser.addOptions({serverOption, serialOption, codeOption, tokenFileOption, autoOption,
                       expectOption, delayOption, guiOption, pollOption, noWebSocketOption,
                       screenshotOption, demoOption});

    if (!parser.parse(arguments))
        return {Outcome::UsageError, parser.errorText()};
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object the parser does not know the program's name.
        QString text = parser.helpText();
        const QLatin1String usage("Usage: ");
        const qsizetype nameEnd = text.indexOf(QLatin1Char(' '), usage.size());
        if (text.startsWith(usage) && nameEnd > 0)
            text.replace(usage.size(), nameEnd - usage.size(), QStringLiteral("verifydesk-device"));
        return {Outcome::Help, text};
    }
    if (parser.isSet(versionOption))
        return {Outcome::Version, QCoreApplication::applicationName() + QLatin1Char(' ') +
                                      QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return {Outcome::UsageError,
                QStringLiteral("unexpected argument: ") + parser.positionalArguments().first()};

    gui = parser.isSet(guiOption);
    noWebSocket = parser.isSet(noWebSocketOption);
    screenshotPath = parser.value(screenshotOption);
    demo = parser.value(demoOption);
    if (!screenshotPath.isEmpty() && !gui)
        return {Outcome::UsageError, QStringLiteral("--screenshot needs --gui")};
    if (!demo.isEmpty()) {
        static const QStringList screens{QStringLiteral("numeric"), QStringLiteral("plain"),
                                         QStringLiteral("idle"), QStringLiteral("result")};
        if (!screens.contains(demo))
            return {Outcome::UsageError,
                    QStringLiteral("--demo must be one of: ") + screens.join(QStringLiteral(", "))};
        if (!gui)
            return {Outcome::UsageError, QStringLiteral("--demo needs --gui")};
        return {Outcome::Run, {}};
    }

    if (!parser.isSet(serverOption))
        return {Outcome::UsageError, QStringLiteral("--server URL is required")};
    server = QUrl(parser.value(serverOption), QUrl::StrictMode);
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {Outcome::UsageError, QStringLiteral("--server must be an http:// or https:// URL")};
    serial = parser.value(serialOption).trimmed();
    if (serial.isEmpty())
        return {Outcome::UsageError, QStringLiteral("--serial SERIAL is required")};
    activationCode = parser.value(codeOption).trimmed();
    if (parser.isSet(codeOption) && activationCode.isEmpty())
        return {Outcome::UsageError, QStringLiteral("--activation-code must not be empty")};
    tokenFile = parser.value(tokenFileOption);

    if (parser.isSet(autoOption)) {
        autoMode = autoModeFromString(parser.value(autoOption));
        if (!autoMode)
            return {Outcome::UsageError,
                    QStringLiteral("--auto must be one of approve, deny, correct, wrong, ignore")};
    }
    if (parser.isSet(expectOption)) {
        expect = toInt(parser.value(expectOption), 0, 999);
        if (!expect)
            return {Outcome::UsageError, QStringLiteral("--expect must be a number")};
    }
    if (autoMode) {
        if (const QString problem = AnswerPolicy::validate(*autoMode, expect); !problem.isEmpty())
            return {Outcome::UsageError, problem};
    }
    const auto delay = toInt(parser.value(delayOption), 0, 3600 * 1000);
    if (!delay)
        return {Outcome::UsageError, QStringLiteral("--auto-delay must be 0 or more milliseconds")};
    autoDelayMs = *delay;
    const auto poll = toInt(parser.value(pollOption), 50, 3600 * 1000);
    if (!poll)
        return {Outcome::UsageError,
                QStringLiteral("--poll-interval must be at least 50 milliseconds")};
    pollIntervalMs = *poll;
    return {Outcome::Run, {}};
}

} // namespace vd::device
