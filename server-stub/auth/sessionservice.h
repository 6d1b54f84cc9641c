// SPDX-License-Identifier: MIT
// Operator sign-in and sessions: Argon2id password check, sign-in lockout, 256-bit session
// tokens stored hashed, 30 min idle / 12 h absolute expiry.
#pragma once

#include "clock.h"
#include "passwordhasher.h"
#include "store.h"

#include <QHash>
#include <chrono>

namespace vd::server {

struct AuthenticatedOperator {
    OperatorRecord op;
    SessionRecord session;
};

class SessionService {
public:
    static constexpr std::chrono::minutes IdleTimeout{30};
    static constexpr std::chrono::hours AbsoluteTimeout{12};
    static constexpr int MaxFailedSignIns = 5;
    static constexpr std::chrono::minutes LockoutWindow{15};

    SessionService(Store &store, const PasswordHasher &hasher, Clock clock);

    struct SignedIn {
        QString token; // handed to the client once; only its digest is stored
        AuthenticatedOperator who;
        QDateTime expiresAt;
    };
    Result<SignedIn> signIn(const QString &username, const QString &password);
    // From an "Authorization: Bearer ..." value; touches the session.
    Result<AuthenticatedOperator> authenticate(const QByteArray &authorizationHeader);
    Status signOut(const AuthenticatedOperator &who);
    // Still signed in? (Does not count as activity; for long-lived event streams.)
    bool isValid(const QString &tokenHash) const;
    // When this session expires if it stays idle (never past the absolute limit).
    QDateTime expiresAt(const SessionRecord &s) const;

    static std::optional<QString> bearerToken(const QByteArray &authorizationHeader);

private:
    bool lockedOut(const QString &username, int *retryAfterSeconds);
    void recordFailure(const QString &username);
    void purgeExpired();

    Store &m_store;
    const PasswordHasher &m_hasher;
    Clock m_clock;
    // Recently used sessions, so that each request does not cost a write.
    struct Live {
        AuthenticatedOperator who;
        QDateTime persistedSeenAt;
    };
    QHash<QString, Live> m_live;
    QHash<QString, QList<QDateTime>> m_failures;
    QString m_dummyHash; // verified against for unknown users, so timing does not tell
};

} // namespace vd::server
