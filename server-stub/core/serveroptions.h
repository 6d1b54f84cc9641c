// SPDX-License-Identifier: MIT
// verifydesk-server's command line (API.md), parsed without needing anything else to exist.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd::server {

struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8470;
    QString database; // empty: the platform's app-data location
    bool seedDemo = false;
    int seedUsers = 0;
    int verificationTimeoutSeconds = 120;

    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    QString message; // help text, version, or the error

    static ServerOptions parse(const QStringList &arguments);
    static QString defaultDatabasePath();
};

} // namespace vd::server
