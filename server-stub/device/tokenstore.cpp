// SPDX-License-Identifier: MIT
// Keeps the device token of one serial in an owner-only file, written atomically.
#include "tokenstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace vd::device {

TokenStore::TokenStore(QString serial, QString path)
    : m_serial(std::move(serial))
    , m_path(path.isEmpty() ? defaultPath(m_serial) : std::move(path)) {}

QString TokenStore::defaultPath(const QString &serial) {
    // A serial comes from the command line: keep it from naming a file outside the folder.
    QString safe = serial;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/devices/") + safe + QStringLiteral(".json");
}

bool TokenStore::save(const QByteArray &deviceToken, const QUrl &server, QString *error) {
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // The temporary file is what gets renamed into place, so restrict it before any byte of
    // the token is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = QStringLiteral("cannot restrict the permissions of %1").arg(m_path);
        return false;
    }
    const QJsonObject object{{QStringLiteral("serial"), m_serial},
                             {QStringLiteral("server"), server.toString()},
                             {QStringLiteral("deviceToken"), QString::fromLatin1(deviceToken)}};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QByteArray TokenStore::load(QString *error, bool *missing) const {
    if (missing)
        *missing = false;
    QFile file(m_path);
    if (!file.exists()) {
        if (missing)
            *missing = true;
        *error = QStringLiteral("no device token for %1 in %2").arg(m_serial, m_path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    const QJsonObject object = doc.object();
    const QString token = object.value(QStringLiteral("deviceToken")).toString();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || token.isEmpty()) {
        *error = QStringLiteral("%1 is not a device token file").arg(m_path);
        return {};
    }
    const QString serial = object.value(QStringLiteral("serial")).toString();
    if (serial != m_serial) {
        *error =
            QStringLiteral("%1 holds the device token of %2, not %3").arg(m_path, serial, m_serial);
        return {};
    }
    return token.toLatin1();
}

} // namespace vd::device
