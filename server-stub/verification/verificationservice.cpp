// SPDX-License-Identifier: MIT
// Verification lifecycle. Every path that leaves pending goes through finish(), which asks the
// store for the single conditional transition; whoever loses the race gets "already closed".
#include "verificationservice.h"

#include "access.h"
#include "auditentries.h"
#include "secrettoken.h"
#include "verificationrules.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVerification, "vd.verification")

namespace vd::server {

using VS = wire::VerificationState;

namespace {
ServiceError requestClosed() {
    return ServiceError::make(ErrorKind::Gone, wire::error::RequestClosed,
                              QStringLiteral("This request is no longer open."));
}
} // namespace

VerificationService::VerificationService(Store &store, PushGateway &gateway, Clock clock,
                                         std::chrono::seconds timeout, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gateway(gateway)
    , m_clock(std::move(clock))
    , m_timeout(timeout) {}

VerificationService::~VerificationService() = default;

Status VerificationService::recover() {
    auto pending = m_store.pendingVerifications();
    if (!pending)
        return pending.error();
    const QDateTime now = m_clock();
    int swept = 0;
    for (VerificationRecord r : pending.value()) {
        if (r.verification.expiresAt <= now) {
            // Expired while the server was down: it timed out at its deadline.
            auto done = finish(r, VS::TimedOut, r.verification.expiresAt);
            if (!done)
                return done.error();
            ++swept;
        } else {
            remember(r);
            arm(r);
        }
    }
    qCInfo(lcVerification, "recovered %d pending verification(s), timed out %d", pendingCount(),
           swept);
    return Done{};
}

Result<protocol::Verification> VerificationService::create(const OperatorRecord &op,
                                                           const QString &userId,
                                                           const QString &tokenSerial,
                                                           const std::optional<QString> &ticket) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::Edit);
        !s)
        return s.error();
    auto account = m_store.account();
    if (!account)
        return account.error();
    if (!account->helpdeskPushVerification)
        return ServiceError::make(ErrorKind::Forbidden, wire::error::FeatureDisabled,
                                  QStringLiteral("Helpdesk Push Verification is not enabled on "
                                                 "this account."));
    auto user = m_store.userById(userId);
    if (!user)
        return user.error();
    if (!user.value())
        return ServiceError::notFound(QStringLiteral("User '%1'").arg(userId));
    auto token = m_store.tokenBySerial(tokenSerial);
    if (!token)
        return token.error();
    if (!token.value() || token.value()->userId != userId)
        return ServiceError::notFound(
            QStringLiteral("Token '%1' of user '%2'").arg(tokenSerial, userId));
    const TokenRecord &tok = *token.value();
    if (tok.token.type != wire::TokenType::MobilePassPlus)
        return ServiceError::make(
            ErrorKind::Unprocessable, wire::error::NotPushCapable,
            QStringLiteral("Token '%1' is not a MobilePASS+ token.").arg(tokenSerial));
    auto pending = m_store.pendingVerificationForToken(tokenSerial);
    if (!pending)
        return pending.error();
    if (pending.value()) {
        VerificationRecord old = *pending.value();
        if (old.verification.expiresAt <= m_clock()) {
            if (auto done = finish(old, VS::TimedOut, old.verification.expiresAt); !done)
                return done.error();
        } else {
            return ServiceError::make(ErrorKind::Conflict, wire::error::VerificationPending,
                                      QStringLiteral("A verification is already waiting for "
                                                     "token '%1'.")
                                          .arg(tokenSerial));
        }
    }
    auto policy = m_store.policy();
    if (!policy)
        return policy.error();

    const QDateTime now = m_clock();
    VerificationRecord r;
    r.requestId = SecretToken::newId();
    r.organizationName = policy->organizationName;
    auto &v = r.verification;
    v.id = SecretToken::newId();
    v.userId = userId;
    v.userName = user.value()->displayName();
    v.tokenSerial = tokenSerial;
    v.operatorName = op.username;
    v.ticket = ticket;
    v.mode = policy->numericChallengeEnabled ? wire::Mode::NumericChallenge : wire::Mode::PlainPush;
    v.createdAt = now;
    v.expiresAt = now.addSecs(m_timeout.count());

    std::optional<wire::DispatchReason> blocker = rules::dispatchBlocker(tok.token, policy.value());
    if (!blocker)
        blocker = m_gateway.reachability(tok);
    if (blocker)
        return createDispatchFailed(r, *blocker);

    if (v.mode == wire::Mode::NumericChallenge) {
        const Challenge c = m_challenges.next();
        v.verificationNumber = QString::number(c.number);
        r.choices = c.choices;
    }
    v.state = VS::Pending;
    if (auto s = m_store.insertVerification(r, {audit::dispatchEntry(v)}); !s)
        return s.error();
    remember(r);
    arm(r);
    m_gateway.deliver(tok, pushRequestOf(r));
    Q_EMIT changed(v);
    return v;
}

Result<protocol::Verification>
VerificationService::createDispatchFailed(VerificationRecord &r, wire::DispatchReason reason) {
    auto &v = r.verification;
    v.state = VS::DispatchFailed;
    v.reason = wire::toWire(reason);
    v.verificationNumber.reset();
    v.completedAt = v.createdAt;
    // Both entries in one transaction: a dispatch failure is its own outcome.
    if (auto s = m_store.insertVerification(
            r, {audit::dispatchEntry(v), audit::outcomeEntry(v, VS::DispatchFailed, v.createdAt)});
        !s)
        return s.error();
    remember(r);
    Q_EMIT changed(v);
    return v;
}

Result<std::optional<VerificationRecord>> VerificationService::load(const QString &id) {
    if (const VerificationRecord *cached = m_recent.object(id))
        return std::optional<VerificationRecord>(*cached);
    auto r = m_store.verificationById(id);
    if (r && r.value())
        remember(*r.value());
    return r;
}

Result<VerificationRecord> VerificationService::loadExisting(const QString &id) {
    auto r = load(id);
    if (!r)
        return r.error();
    if (!r.value())
        return ServiceError::notFound(QStringLiteral("Verification '%1'").arg(id));
    return *r.value();
}

Result<protocol::Verification> VerificationService::get(const OperatorRecord &op,
                                                        const QString &id) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::View);
        !s)
        return s.error();
    auto r = loadExisting(id);
    if (!r)
        return r.error();
    return r->verification;
}

Status VerificationService::cancel(const OperatorRecord &op, const QString &id) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::Edit);
        !s)
        return s.error();
    auto r = loadExisting(id);
    if (!r)
        return r.error();
    VerificationRecord rec = r.value();
    if (rec.verification.operatorName != op.username)
        return ServiceError::forbidden(
            QStringLiteral("Only the operator who sent a verification can cancel it."));
    const auto alreadyFinished =
        ServiceError::make(ErrorKind::Conflict, wire::error::AlreadyFinished,
                           QStringLiteral("The verification has already finished (%1).")
                               .arg(wire::toWire(rec.verification.state)));
    if (rec.verification.state != VS::Pending)
        return alreadyFinished;
    auto done = finish(rec, VS::Cancelled, m_clock());
    if (!done)
        return done.error();
    if (!done.value())
        return alreadyFinished;
    return Done{};
}

Result<wire::VerificationState> VerificationService::answer(const TokenRecord &device,
                                                            const QString &requestId,
                                                            wire::DeviceAction action,
                                                            std::optional<int> choice) {
    auto found = m_store.verificationByRequestId(requestId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->verification.tokenSerial != device.token.serial)
        return ServiceError::notFound(QStringLiteral("Request '%1'").arg(requestId));
    VerificationRecord r = *found.value();
    if (r.verification.state != VS::Pending)
        return requestClosed();
    if (r.verification.expiresAt <= m_clock()) {
        if (auto done = finish(r, VS::TimedOut, r.verification.expiresAt); !done)
            return done.error();
        return requestClosed();
    }
    rules::AnswerInput in;
    in.mode = r.verification.mode;
    in.choices = r.choices;
    in.correct = r.verification.verificationNumber.value_or(QString()).toInt();
    in.action = action;
    in.choice = choice;
    auto outcome = rules::evaluateAnswer(in);
    if (!outcome)
        return outcome.error();
    auto done = finish(r, outcome.value(), m_clock());
    if (!done)
        return done.error();
    if (!done.value())
        return requestClosed();
    return outcome.value();
}

Result<QList<protocol::PushRequest>> VerificationService::openRequests(const TokenRecord &device) {
    auto pending = m_store.pendingVerificationForToken(device.token.serial);
    if (!pending)
        return pending.error();
    QList<protocol::PushRequest> list;
    if (pending.value() && pending.value()->verification.expiresAt > m_clock())
        list.append(pushRequestOf(*pending.value()));
    return list;
}

protocol::PushRequest VerificationService::pushRequestOf(const VerificationRecord &r) {
    protocol::PushRequest p;
    p.requestId = r.requestId;
    p.resourceName = QString::fromLatin1(wire::ResourceNameHelpdesk);
    p.organizationName = r.organizationName;
    p.userName = r.verification.userName;
    p.timestamp = r.verification.createdAt;
    if (r.verification.mode == wire::Mode::NumericChallenge)
        p.choices = r.choices;
    return p;
}

Result<bool> VerificationService::finish(VerificationRecord &r, VS state, const QDateTime &at) {
    if (!rules::canTransition(r.verification.state, state))
        return false;
    QList<protocol::AuthAuditEntry> auth;
    QList<protocol::OperatorAuditEntry> ops;
    if (audit::hasAuthenticationEntry(state))
        auth.append(audit::authenticationEntry(r.verification, state, at));
    if (audit::hasOutcomeEntry(state))
        ops.append(audit::outcomeEntry(r.verification, state, at));
    auto done = m_store.completeVerification(r.verification.id, state, at, auth, ops);
    if (!done) {
        qCWarning(lcVerification, "transition of %s to %s failed; it stays pending",
                  qPrintable(r.verification.id), qPrintable(wire::toWire(state)));
        return done.error();
    }
    if (!done.value()) {
        // Lost the race: drop what we had in memory and re-read.
        m_recent.remove(r.verification.id);
        return false;
    }
    r.verification.state = state;
    r.verification.completedAt = at;
    disarm(r.verification.id);
    remember(r);
    Q_EMIT changed(r.verification);
    return true;
}

void VerificationService::remember(const VerificationRecord &r) {
    m_recent.insert(r.verification.id, new VerificationRecord(r));
}

void VerificationService::arm(const VerificationRecord &r) {
    disarm(r.verification.id);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    const qint64 ms = std::max<qint64>(0, m_clock().msecsTo(r.verification.expiresAt));
    timer->setInterval(static_cast<int>(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    const QString id = r.verification.id;
    connect(timer, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    m_timers.insert(id, timer);
    timer->start();
}

void VerificationService::disarm(const QString &id) {
    if (QTimer *t = m_timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

void VerificationService::onDeadline(const QString &id) {
    auto r = load(id);
    if (!r || !r.value()) {
        disarm(id);
        return;
    }
    VerificationRecord rec = *r.value();
    const QDateTime now = m_clock();
    if (rec.verification.expiresAt > now) {
        arm(rec); // woke early; wait for the rest
        return;
    }
    auto done = finish(rec, VS::TimedOut, now);
    if (!done) {
        // Store failure: try again shortly rather than lose the timeout.
        QTimer *t = m_timers.value(id);
        if (t)
            t->start(1000);
    } else if (!done.value()) {
        disarm(id);
    }
}

} // namespace vd::server
