// SPDX-License-Identifier: MIT
// Keeps the device token of one serial in an owner-only file, written atomically.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace vd::device {

class TokenStore {
public:
    // An empty path means the default file for the serial in the app-data location.
    TokenStore(QString serial, QString path = {});

    static QString defaultPath(const QString &serial);

    QString path() const { return m_path; }

    // Writes {"serial","server","deviceToken"} with permissions 0600 via QSaveFile.
    bool save(const QByteArray &deviceToken, const QUrl &server, QString *error);
    // Empty token and *error set when there is no usable file; *missing tells "never activated".
    QByteArray load(QString *error, bool *missing = nullptr) const;

private:
    QString m_serial;
    QString m_path;
};

} // namespace vd::device
