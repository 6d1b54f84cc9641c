// SPDX-License-Identifier: MIT
// Sessions live in the store (they survive a restart) and in memory; last-seen is written back
// at most once a minute, so an idle session may expire up to a minute early after a restart.
#include "sessionservice.h"

#include "secrettoken.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "vd.session")

namespace vd::server {

namespace {
constexpr qint64 kTouchWriteEverySecs = 60;

ServiceError badCredentials() {
    return ServiceError::make(ErrorKind::Unauthenticated, wire::error::InvalidCredentials,
                              QStringLiteral("The username or password is not correct."));
}
} // namespace

SessionService::SessionService(Store &store, const PasswordHasher &hasher, Clock clock)
    : m_store(store)
    , m_hasher(hasher)
    , m_clock(std::move(clock)) {}

std::optional<QString> SessionService::bearerToken(const QByteArray &header) {
    static const QByteArray prefix("Bearer ");
    if (!header.startsWith(prefix))
        return std::nullopt;
    const QByteArray token = header.mid(prefix.size()).trimmed();
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    return QString::fromLatin1(token);
}

QDateTime SessionService::expiresAt(const SessionRecord &s) const {
    const QDateTime idle = s.lastSeenAt.addSecs(std::chrono::seconds(IdleTimeout).count());
    const QDateTime absolute = s.createdAt.addSecs(std::chrono::seconds(AbsoluteTimeout).count());
    return std::min(idle, absolute);
}

bool SessionService::lockedOut(const QString &username, int *retryAfterSeconds) {
    auto &list = m_failures[username];
    const QDateTime cutoff = m_clock().addSecs(-std::chrono::seconds(LockoutWindow).count());
    list.erase(
        std::remove_if(list.begin(), list.end(), [&](const QDateTime &t) { return t < cutoff; }),
        list.end());
    if (list.size() < MaxFailedSignIns)
        return false;
    const QDateTime freeAt = list.first().addSecs(std::chrono::seconds(LockoutWindow).count());
    *retryAfterSeconds = std::max<int>(1, static_cast<int>(m_clock().secsTo(freeAt)));
    return true;
}

void SessionService::recordFailure(const QString &username) {
    m_failures[username].append(m_clock());
}

Result<SessionService::SignedIn> SessionService::signIn(const QString &username,
                                                        const QString &password) {
    int retryAfter = 0;
    if (lockedOut(username, &retryAfter)) {
        auto e = ServiceError::make(ErrorKind::RateLimited, wire::error::RateLimited,
                                    QStringLiteral("Too many failed sign-ins for this user. Try "
                                                   "again in %1 seconds.")
                                        .arg(retryAfter));
        e.retryAfterSeconds = retryAfter;
        return e;
    }
    auto op = m_store.operatorByUsername(username);
    if (!op)
        return op.error();
    if (!op.value()) {
        if (m_dummyHash.isEmpty())
            m_dummyHash = m_hasher.hash(SecretToken::generate());
        m_hasher.verify(password, m_dummyHash);
        recordFailure(username);
        return badCredentials();
    }
    if (!m_hasher.verify(password, op.value()->passwordHash)) {
        recordFailure(username);
        qCInfo(lcSession, "failed sign-in for %s", qPrintable(username));
        return badCredentials();
    }
    m_failures.remove(username);
    const QDateTime now = m_clock();
    SignedIn result;
    result.token = SecretToken::generate();
    SessionRecord s{SecretToken::digest(result.token), username, now, now};
    if (auto st = m_store.insertSession(s); !st)
        return st.error();
    result.who = {*op.value(), s};
    result.expiresAt = expiresAt(s);
    m_live.insert(s.tokenHash, {result.who, now});
    purgeExpired();
    qCInfo(lcSession, "operator %s signed in", qPrintable(username));
    return result;
}

Result<AuthenticatedOperator> SessionService::authenticate(const QByteArray &header) {
    const auto token = bearerToken(header);
    if (!token)
        return ServiceError::unauthenticated();
    const QString hash = SecretToken::digest(*token);
    const QDateTime now = m_clock();
    auto it = m_live.find(hash);
    if (it == m_live.end()) {
        auto s = m_store.sessionByHash(hash);
        if (!s)
            return s.error();
        if (!s.value())
            return ServiceError::unauthenticated();
        auto op = m_store.operatorByUsername(s.value()->username);
        if (!op)
            return op.error();
        if (!op.value())
            return ServiceError::unauthenticated();
        it = m_live.insert(hash, {{*op.value(), *s.value()}, s.value()->lastSeenAt});
    }
    if (expiresAt(it->who.session) <= now) {
        m_live.erase(it);
        m_store.deleteSession(hash);
        return ServiceError::make(ErrorKind::Unauthenticated, wire::error::Unauthenticated,
                                  QStringLiteral("The session has expired; sign in again."));
    }
    it->who.session.lastSeenAt = now;
    if (it->persistedSeenAt.secsTo(now) >= kTouchWriteEverySecs) {
        it->persistedSeenAt = now;
        m_store.touchSession(hash, now);
    }
    return it->who;
}

bool SessionService::isValid(const QString &tokenHash) const {
    const auto it = m_live.constFind(tokenHash);
    return it != m_live.constEnd() && expiresAt(it->who.session) > m_clock();
}

void SessionService::purgeExpired() {
    const QDateTime now = m_clock();
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (expiresAt(it->who.session) <= now)
            it = m_live.erase(it);
        else
            ++it;
    }
    // The stored last-seen lags memory by up to kTouchWriteEverySecs: leave that margin.
    m_store.deleteSessionsBefore(
        now.addSecs(-std::chrono::seconds(IdleTimeout).count() - kTouchWriteEverySecs),
        now.addSecs(-std::chrono::seconds(AbsoluteTimeout).count()));
}

Status SessionService::signOut(const AuthenticatedOperator &who) {
    m_live.remove(who.session.tokenHash);
    return m_store.deleteSession(who.session.tokenHash);
}

} // namespace vd::server
