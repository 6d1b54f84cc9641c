// SPDX-License-Identifier: MIT
// TokenVault on QtKeychain: no insecure fallback, errors turned into operator messages.
#include "tokenvault.h"

#include "logcategories.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace vd::app {
namespace {

QString service() {
    return QString::fromLatin1(TokenVault::Service);
}

// Runs `done` with the result of a finished job, unless the caller's context is gone.
void deliver(QKeychain::Job *job, const QPointer<QObject> &guard, bool hasContext,
             const TokenVault::Callback &done, const char *what) {
    TokenVault::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.ok = true;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.token = read->binaryData();
        break;
    case QKeychain::EntryNotFound:
        // Deleting nothing is a successful wipe; reading nothing is "no saved sign-in".
        r.notFound = true;
        r.ok = qobject_cast<QKeychain::DeletePasswordJob *>(job) != nullptr;
        r.message = TokenVault::tr("No saved sign-in was found. Please sign in.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.message = TokenVault::tr("Access to the system keychain was denied, so you will need "
                                   "to sign in next time.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        r.message = TokenVault::noKeychainMessage();
        break;
    }
    if (!r.ok && !r.notFound)
        qCWarning(lcVault).noquote()
            << what << "failed:" << int(job->error()) << job->errorString();
    else
        qCDebug(lcVault) << what << (r.ok ? "ok" : "no entry");
    if (hasContext && !guard)
        return;
    if (done)
        done(r);
}

template <typename JobT>
void run(JobT *job, const QString &key, QObject *context, TokenVault::Callback done,
         const char *what) {
    job->setAutoDelete(true);
    // A token in a plain file is exactly what "Keep me signed in" must never produce.
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [guard, hasContext = context != nullptr, done = std::move(done),
         what](QKeychain::Job *finished) { deliver(finished, guard, hasContext, done, what); });
    job->start();
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent) {}

TokenVault::~TokenVault() = default;

QString TokenVault::keyFor(const QUrl &serverUrl, const QString &username) {
    // The same server typed as "HTTPS://Host:443/" or "https://host" is one entry.
    QUrl url = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery |
                                  QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443) ||
        (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    return QString(url.toString() + QLatin1Char('|') + username);
}

QString TokenVault::noKeychainMessage() {
    return tr("No system keychain is available, so you will need to sign in next time.");
}

void TokenVault::store(const QUrl &serverUrl, const QString &username, const QByteArray &token,
                       QObject *context, Callback done) {
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setBinaryData(token);
    run(job, keyFor(serverUrl, username), context, std::move(done), "store");
}

void TokenVault::restore(const QUrl &serverUrl, const QString &username, QObject *context,
                         Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    run(job, keyFor(serverUrl, username), context, std::move(done), "restore");
}

void TokenVault::wipe(const QUrl &serverUrl, const QString &username, QObject *context,
                      Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    run(job, keyFor(serverUrl, username), context, std::move(done), "wipe");
}

} // namespace vd::app
