// SPDX-License-Identifier: MIT
// verifydesk: the operator console. Parses the command line, builds the services and hands
// over to ConsoleFlow (sign-in, main window).
#include "apiclient.h"
#include "consoleflow.h"
#include "eventstream.h"
#include "kioskpolicy.h"
#include "languagechoice.h"
#include "logging.h"
#include "networktransport.h"
#include "session.h"
#include "settingsregistry.h"
#include "signalwatcher.h"
#include "singleinstance.h"
#include "systemclock.h"
#include "theme.h"
#include "tokenvault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <cstdio>

#ifndef VD_VERSION
#define VD_VERSION "0.0.0"
#endif

namespace {

Q_LOGGING_CATEGORY(lcMain, "vd.main")

struct Options {
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("Server URL, e.g. https://verifydesk.example.com."),
                              QStringLiteral("URL")};
    QCommandLineOption kiosk{QStringLiteral("kiosk"),
                             QStringLiteral("Run full screen for a shared service-desk seat.")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("User interface language, e.g. de or fr."),
                            QStringLiteral("CODE")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Also log to stderr, with debug messages.")};
};

void configure(QCommandLineParser &parser, const Options &o) {
    parser.setApplicationDescription(
        QStringLiteral("VerifyDesk operator console: verify a caller with a MobilePASS+ push."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.server, o.kiosk, o.lang, o.verbose});
}

void print(const QString &text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// --help and --version answer without a display, so they are handled before QApplication.
// Other arguments may still include Qt's own (-platform …), so errors wait for process().
bool answeredWithoutGui(int argc, char **argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    Options o;
    configure(parser, o);
    parser.parse(args);
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        // Without an application object Qt cannot name the executable.
        help.replace(QStringLiteral("<executable_name>"), QStringLiteral("verifydesk"));
        print(help);
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(QStringLiteral("verifydesk %1\n").arg(QStringLiteral(VD_VERSION)));
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("VerifyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("verifydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    if (answeredWithoutGui(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("VerifyDesk"));
    // The installed .desktop entry's name: the Wayland app id and the taskbar icon follow it.
    QApplication::setDesktopFileName(QStringLiteral("com.verifydesk.Console"));

    QCommandLineParser parser;
    Options o;
    configure(parser, o);
    parser.process(app); // unknown option → message and exit code 1

    vd::app::Logging::init(parser.isSet(o.verbose));
    vd::ui::Theme::apply(app);

    using Registry = vd::app::SettingsRegistry;
    Registry settings(Registry::systemLocation(Registry::currentPlatform()),
                      Registry::defaultUserPath());
    vd::app::LanguageChoice::install(
        &app, vd::app::LanguageChoice::choose(&settings, parser.value(o.lang)));

    // --kiosk for this run; KioskPolicy adds the managed setting (ConsoleFlow asks it too).
    const bool kioskFlag = parser.isSet(o.kiosk);
    vd::app::SingleInstance station(QStringLiteral("verifydesk-station"));
    if (vd::app::KioskPolicy::from(&settings, kioskFlag).singleInstance && !station.acquire()) {
        print(QStringLiteral("verifydesk: a console already runs on this station\n"));
        return 0;
    }

    QUrl server;
    if (parser.isSet(o.server)) {
        server = QUrl::fromUserInput(parser.value(o.server));
        if (!server.isValid() || (server.scheme() != QStringLiteral("https") &&
                                  server.scheme() != QStringLiteral("http"))) {
            print(QStringLiteral("verifydesk: --server needs an http(s) URL\n"));
            return 2;
        }
    }

    vd::app::NetworkTransport network;
    if (!settings.caBundlePath().isEmpty()) {
        QString error;
        if (!network.setCaBundle(settings.caBundlePath(), &error))
            qCWarning(lcMain).noquote() << "CA bundle not used:" << error;
    }
    vd::app::ApiClient api(&network);
    vd::app::TokenVault vault;
    vd::app::Session session(&api, &vault);
    vd::app::EventStream events;
    if (network.hasCaBundle())
        events.setSslConfiguration(network.sslConfiguration()); // an internal CA covers wss:// too
    session.attachEventStream(&events);

    vd::ui::ConsoleContext context;
    context.api = &api;
    context.session = &session;
    context.events = &events;
    context.clock = &vd::app::SystemClock::instance();
    context.settings = &settings;

    vd::ui::ConsoleFlow::Options flowOptions;
    flowOptions.server = server;
    flowOptions.kiosk = kioskFlag;
    int rc = 0;
    {
        vd::ui::ConsoleFlow flow(context, flowOptions);
        QObject::connect(&station, &vd::app::SingleInstance::activationRequested, &flow,
                         &vd::ui::ConsoleFlow::activate);
        QObject::connect(&flow, &vd::ui::ConsoleFlow::quitRequested, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        // SIGTERM / SIGINT (log-out, shutdown, `kill`) leave the same way as closing the window.
        vd::common::SignalWatcher signalWatcher;
        signalWatcher.watchTerminationSignals();
        QObject::connect(&signalWatcher, &vd::common::SignalWatcher::terminationRequested, &app,
                         [](int sig) {
                             qCInfo(lcMain) << "signal" << sig << "received; closing";
                             QCoreApplication::quit();
                         });
        app.setQuitOnLastWindowClosed(false);
        flow.start();
        qCInfo(lcMain) << "started, version" << VD_VERSION;
        rc = QApplication::exec();
    } // the windows go here, and a verification still waiting sends its cancel
    network.drain(std::chrono::seconds(3));
    events.stop();
    qCInfo(lcMain) << "exiting with" << rc;
    vd::app::Logging::shutdown();
    return rc;
}
