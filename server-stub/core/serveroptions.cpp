// SPDX-License-Identifier: MIT
// QCommandLineParser works on a QCoreApplication-free argument list here, so --help and
// --version never touch the database.
#include "serveroptions.h"

#include <QCommandLineParser>
#include <QHostInfo>
#include <QStandardPaths>

namespace vd::server {

namespace {
bool parseListen(const QString &value, ServerOptions *o) {
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return false;
    o->address = address;
    o->host = host;
    o->port = static_cast<quint16>(port);
    return true;
}
} // namespace

QString ServerOptions::defaultDatabasePath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/verifydesk-server/verifydesk.sqlite");
}

ServerOptions ServerOptions::parse(const QStringList &arguments) {
    ServerOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "VerifyDesk companion backend: directory, policy, push dispatch, verification lifecycle "
        "and audit, over REST and WebSocket."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:8470; port 0 picks a free port)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite database file (created and migrated on start)."),
        QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Fill an empty database with a data set: demo."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption seedUsers(QStringLiteral("seed-users"),
                                       QStringLiteral("Add N generated users (for benchmarks)."),
                                       QStringLiteral("N"));
    const QCommandLineOption timeout(
        QStringLiteral("verification-timeout"),
        QStringLiteral("Seconds a push waits for the user (default 120)."),
        QStringLiteral("SECONDS"));
    p.addOptions({help, version, listen, database, seed, seedUsers, timeout});
    if (!p.parse(arguments)) {
        o.action = Action::Error;
        o.message = p.errorText();
        return o;
    }
    if (p.isSet(help)) {
        o.action = Action::Help;
        o.message = p.helpText();
        return o;
    }
    if (p.isSet(version)) {
        o.action = Action::Version;
        return o;
    }
    const auto fail = [&o](const QString &m) {
        o.action = Action::Error;
        o.message = m;
        return o;
    };
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().first()));
    if (p.isSet(listen) && !parseListen(p.value(listen), &o))
        return fail(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8470 or [::1]:0"));
    o.database = p.isSet(database) ? p.value(database) : defaultDatabasePath();
    if (p.isSet(seed)) {
        if (p.value(seed) != QLatin1String("demo"))
            return fail(QStringLiteral("--seed knows one data set: demo"));
        o.seedDemo = true;
    }
    if (p.isSet(seedUsers)) {
        bool ok = false;
        o.seedUsers = p.value(seedUsers).toInt(&ok);
        if (!ok || o.seedUsers < 0 || o.seedUsers > 10000000)
            return fail(QStringLiteral("--seed-users takes a whole number from 0 to 10000000"));
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        o.verificationTimeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.verificationTimeoutSeconds < 1 || o.verificationTimeoutSeconds > 3600)
            return fail(QStringLiteral("--verification-timeout takes seconds from 1 to 3600"));
    }
    return o;
}

} // namespace vd::server
