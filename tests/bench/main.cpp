// SPDX-License-Identifier: MIT
// vd-bench: the client side of the server benchmarks; tests/bench/run.sh drives it.
#include "latencybench.h"
#include "pendingbench.h"
#include "searchbench.h"
#include "wrkprep.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTcpServer>
#include <QTextStream>
#include <cstdio>

namespace {

int freePort() {
    // The kernel picks; the caller binds it right after, a race that is harmless on loopback.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    std::printf("%u\n", static_cast<unsigned>(probe.serverPort()));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vd-bench"));
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Client side of the VerifyDesk server benchmarks.\n"
                       "Commands: free-port | wrk-prep --out DIR | latency [--count N] | "
                       "pending --pid PID [--count N] | search [--count N]"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to run."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Base URL of a running verifydesk-server."),
                                    QStringLiteral("URL"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Measured iterations (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Unmeasured iterations first (latency)."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption pid(QStringLiteral("pid"),
                                 QStringLiteral("Process id of the server (pending)."),
                                 QStringLiteral("PID"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder (wrk-prep)."),
                                 QStringLiteral("DIR"));
    p.addOptions({server, count, warmup, pid, out});
    p.process(app);

    QTextStream err(stderr);
    const QString command = p.positionalArguments().value(0);
    if (command == QLatin1String("free-port"))
        return freePort();
    const QUrl url(p.value(server));
    bool countOk = false;
    bool warmupOk = false;
    const int n = p.value(count).toInt(&countOk);
    const int w = p.value(warmup).toInt(&warmupOk);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        err << "vd-bench: --server takes http://HOST:PORT" << Qt::endl;
        return 2;
    }
    if (!countOk || n < 1 || n > 1000000 || !warmupOk || w < 0 || w > 100000) {
        err << "vd-bench: --count takes 1..1000000, --warmup 0..100000" << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("wrk-prep")) {
        if (p.value(out).isEmpty()) {
            err << "vd-bench: wrk-prep needs --out DIR" << Qt::endl;
            return 2;
        }
        return vd::bench::WrkPrep(url, p.value(out)).run();
    }
    if (command == QLatin1String("latency"))
        return vd::bench::LatencyBench(url, n, w).run();
    if (command == QLatin1String("pending")) {
        bool pidOk = false;
        const qint64 serverPid = p.value(pid).toLongLong(&pidOk);
        if (!pidOk || serverPid <= 0) {
            err << "vd-bench: pending needs --pid PID of the server" << Qt::endl;
            return 2;
        }
        return vd::bench::PendingBench(url, serverPid, n).run();
    }
    if (command == QLatin1String("search"))
        return vd::bench::SearchBench(url, n).run();
    err << "vd-bench: unknown command '" << command << "' (see --help)" << Qt::endl;
    return 2;
}
