// SPDX-License-Identifier: MIT
// The audit trail a verification must leave, checked through the console core's ApiClient.
#include "audittrail.h"

#include "consolecore.h"

#include <QTest>

namespace vd::e2e {

using wire::VerificationState;

namespace {

// The authentication audit message of API.md, typed out so that a drift in protocol/ fails
// too; empty where no entry is written.
QString authMessage(VerificationState state) {
    switch (state) {
    case VerificationState::Approved:
        return QString::fromUtf8("Login from Helpdesk push verification \u2014 approved");
    case VerificationState::Denied:
        return QString::fromUtf8("Login from Helpdesk push verification \u2014 denied");
    case VerificationState::WrongNumber:
        return QString::fromUtf8(
            "Login from Helpdesk push verification \u2014 wrong number selected");
    case VerificationState::TimedOut:
        return QString::fromUtf8("Login from Helpdesk push verification \u2014 timed out");
    default:
        return {};
    }
}

} // namespace

void verifyAuditTrail(ConsoleCore &core, const QString &id, const QString &userId,
                      const QString &serial, VerificationState state, const QString &ticket) {
    QString error;
    const auto operatorPage = core.operatorAudit(&error);
    QVERIFY2(operatorPage, qPrintable(error));
    int dispatches = 0;
    int outcomes = 0;
    for (const auto &entry : operatorPage->items) {
        if (entry.verificationId != id)
            continue;
        QCOMPARE(entry.actionType, QStringLiteral("HelpdeskPushVerification"));
        QCOMPARE(entry.operatorName, QStringLiteral("helpdesk"));
        QCOMPARE(entry.userId.value_or(QString()), userId);
        QCOMPARE(entry.tokenSerial.value_or(QString()), serial);
        QCOMPARE(entry.ticket.value_or(QString()), ticket);
        const QString phase = entry.phase.value_or(QString());
        if (phase == QLatin1String("dispatch")) {
            ++dispatches;
            QVERIFY(!entry.outcome);
        } else {
            QCOMPARE(phase, QStringLiteral("outcome"));
            ++outcomes;
            QCOMPARE(entry.outcome.value_or(QString()), wire::toWire(state));
        }
    }
    QCOMPARE(dispatches, 1);
    QCOMPARE(outcomes, state == VerificationState::Cancelled ? 0 : 1);

    const auto authPage = core.authenticationAudit(userId, &error);
    QVERIFY2(authPage, qPrintable(error));
    QList<protocol::AuthAuditEntry> entries;
    for (const auto &entry : authPage->items) {
        if (entry.verificationId == id)
            entries.append(entry);
    }
    const QString message = authMessage(state);
    if (message.isEmpty()) {
        QCOMPARE(entries.size(), 0); // dispatch_failed and cancelled leave no authentication entry
        return;
    }
    QCOMPARE(entries.size(), 1);
    const auto &entry = entries.first();
    QCOMPARE(entry.message, message);
    QCOMPARE(entry.message, wire::authAuditMessage(state));
    QCOMPARE(entry.result, state == VerificationState::Approved ? QStringLiteral("Success")
                                                                : QStringLiteral("Failure"));
    QCOMPARE(entry.tokenSerial, serial);
    QCOMPARE(entry.resourceName, QStringLiteral("Helpdesk push verification"));
    QCOMPARE(entry.ticket.value_or(QString()), ticket);
}

} // namespace vd::e2e
