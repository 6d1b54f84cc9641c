// SPDX-License-Identifier: MIT
// The session token in the system keychain (QtKeychain) for "Keep me signed in". Without a
// keychain it fails with a clear message and never falls back to a file.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace vd::app {

class TokenVault : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        bool notFound = false; // restore/wipe: nothing stored under this key
        QByteArray token;      // restore only
        QString message;       // for the operator when !ok
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr auto Service = "VerifyDesk";

    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    // Keychain entry name for one operator on one server: "<normalized url>|<username>".
    static QString keyFor(const QUrl &serverUrl, const QString &username);
    static QString noKeychainMessage();

    // Each runs `done` once, later, from the event loop (not if `context` is gone).
    virtual void store(const QUrl &serverUrl, const QString &username, const QByteArray &token,
                       QObject *context, Callback done);
    virtual void restore(const QUrl &serverUrl, const QString &username, QObject *context,
                         Callback done);
    // Deleting an entry that does not exist is success.
    virtual void wipe(const QUrl &serverUrl, const QString &username, QObject *context,
                      Callback done);
};

} // namespace vd::app
