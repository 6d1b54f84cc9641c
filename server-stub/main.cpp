// SPDX-License-Identifier: MIT
// verifydesk-server: parse the command line, start, print the listening line, serve until
// SIGINT/SIGTERM, exit 0.
#include "serverapp.h"
#include "serverlog.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("verifydesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("VerifyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));

    const auto options = vd::server::ServerOptions::parse(QCoreApplication::arguments());
    using Action = vd::server::ServerOptions::Action;
    switch (options.action) {
    case Action::Help:
        std::fputs(options.message.toLocal8Bit().constData(), stdout);
        return 0;
    case Action::Version:
        std::printf("verifydesk-server %s\n", VD_VERSION);
        return 0;
    case Action::Error:
        std::fprintf(stderr, "verifydesk-server: %s\nTry --help.\n",
                     options.message.toLocal8Bit().constData());
        return 2;
    case Action::Run:
        break;
    }

    vd::server::serverlog::install();
    vd::common::SignalWatcher signals;
    signals.watchTerminationSignals();
    vd::server::ServerApp server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "verifydesk-server: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    std::printf("listening on %s\n", server.listeningUrl().toLocal8Bit().constData());
    std::fflush(stdout);

    QObject::connect(&signals, &vd::common::SignalWatcher::terminationRequested, &app,
                     [&server](int) { server.shutdown([] { QCoreApplication::exit(0); }); });
    return QCoreApplication::exec();
}
