// SPDX-License-Identifier: MIT
// TokenVault (stub; implementation follows).
#include "tokenvault.h"

namespace vd::app {

TokenVault::TokenVault(QObject *parent)
    : QObject(parent) {}
TokenVault::~TokenVault() = default;
QString TokenVault::keyFor(const QUrl &serverUrl, const QString &username) {
    return QString(serverUrl.toString() + QLatin1Char('|') + username);
}
QString TokenVault::noKeychainMessage() {
    return {};
}
void TokenVault::store(const QUrl &, const QString &, const QByteArray &, QObject *, Callback) {}
void TokenVault::restore(const QUrl &, const QString &, QObject *, Callback) {}
void TokenVault::wipe(const QUrl &, const QString &, QObject *, Callback) {}

} // namespace vd::app
