// SPDX-License-Identifier: MIT
// Audit texts: the authentication messages are binding (wire.h); operator messages are ours.
#include "auditentries.h"

#include "secrettoken.h"

namespace vd::server::audit {

using VS = wire::VerificationState;

bool hasOutcomeEntry(VS s) {
    return s == VS::Approved || s == VS::Denied || s == VS::WrongNumber || s == VS::TimedOut ||
           s == VS::DispatchFailed;
}

bool hasAuthenticationEntry(VS s) {
    return s == VS::Approved || s == VS::Denied || s == VS::WrongNumber || s == VS::TimedOut;
}

static protocol::OperatorAuditEntry base(const protocol::Verification &v, const QDateTime &at) {
    protocol::OperatorAuditEntry e;
    e.id = SecretToken::newId();
    e.time = at;
    e.operatorName = v.operatorName;
    e.actionType = QString::fromLatin1(wire::ActionTypeHelpdeskPush);
    e.verificationId = v.id;
    e.userId = v.userId;
    e.tokenSerial = v.tokenSerial;
    e.ticket = v.ticket;
    return e;
}

protocol::OperatorAuditEntry dispatchEntry(const protocol::Verification &v) {
    auto e = base(v, v.createdAt);
    e.phase = QString::fromLatin1(wire::PhaseDispatch);
    const QString mode = v.mode == wire::Mode::NumericChallenge
                             ? QStringLiteral("numeric challenge")
                             : QStringLiteral("plain push");
    e.message = QStringLiteral("Helpdesk push verification sent to %1 (%2) for %3")
                    .arg(v.tokenSerial, mode, v.userId);
    return e;
}

protocol::OperatorAuditEntry outcomeEntry(const protocol::Verification &v, VS outcome,
                                          const QDateTime &at) {
    auto e = base(v, at);
    e.phase = QString::fromLatin1(wire::PhaseOutcome);
    e.outcome = wire::toWire(outcome);
    if (outcome == VS::DispatchFailed) {
        e.message = QStringLiteral("Helpdesk push verification \u2014 dispatch failed (%1)")
                        .arg(v.reason.value_or(QStringLiteral("unknown")));
    } else {
        // Same wording as the authentication entry, so both logs read alike.
        e.message = wire::authAuditMessage(outcome);
    }
    return e;
}

protocol::AuthAuditEntry authenticationEntry(const protocol::Verification &v, VS outcome,
                                             const QDateTime &at) {
    protocol::AuthAuditEntry e;
    e.id = SecretToken::newId();
    e.time = at;
    e.userId = v.userId;
    e.tokenSerial = v.tokenSerial;
    e.resourceName = QString::fromLatin1(wire::ResourceNameHelpdesk);
    e.result = wire::authAuditResult(outcome);
    e.message = wire::authAuditMessage(outcome);
    e.verificationId = v.id;
    e.ticket = v.ticket;
    return e;
}

} // namespace vd::server::audit
