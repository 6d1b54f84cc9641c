// SPDX-License-Identifier: MIT
// FakeTokenVault: a hash map with the real vault's asynchronous contract.
#include "faketokenvault.h"

#include <QPointer>
#include <QTimer>

namespace vd::test {

FakeTokenVault::FakeTokenVault(QObject *parent)
    : TokenVault(parent) {}

void FakeTokenVault::finish(QObject *context, Callback done, Result result) {
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, done, result] {
        if (hasContext && !guard)
            return;
        if (done)
            done(result);
    });
}

void FakeTokenVault::store(const QUrl &serverUrl, const QString &username, const QByteArray &token,
                           QObject *context, Callback done) {
    Result r;
    if (!m_available) {
        r.message = noKeychainMessage();
    } else {
        entries.insert(keyFor(serverUrl, username), token);
        r.ok = true;
    }
    finish(context, std::move(done), r);
}

void FakeTokenVault::restore(const QUrl &serverUrl, const QString &username, QObject *context,
                             Callback done) {
    Result r;
    const QString key = keyFor(serverUrl, username);
    if (!m_available) {
        r.message = noKeychainMessage();
    } else if (!entries.contains(key)) {
        r.notFound = true;
        r.message = QStringLiteral("No saved sign-in.");
    } else {
        r.ok = true;
        r.token = entries.value(key);
    }
    finish(context, std::move(done), r);
}

void FakeTokenVault::wipe(const QUrl &serverUrl, const QString &username, QObject *context,
                          Callback done) {
    Result r;
    if (!m_available) {
        r.message = noKeychainMessage();
    } else {
        r.notFound = entries.remove(keyFor(serverUrl, username)) == 0;
        r.ok = true;
    }
    finish(context, std::move(done), r);
}

} // namespace vd::test
