// SPDX-License-Identifier: MIT
// Fixtures: demo-like values (John Doe, MP-1001, number 47).
#include "fixtures.h"

#include <QJsonDocument>

namespace vd::test {

protocol::Verification Fixtures::verification(const QString &id, wire::VerificationState state,
                                              const QDateTime &createdAt, int timeoutSeconds,
                                              wire::Mode mode) {
    protocol::Verification v;
    v.id = id;
    v.userId = QStringLiteral("jdoe");
    v.userName = QStringLiteral("John Doe");
    v.tokenSerial = QStringLiteral("MP-1001");
    v.operatorName = QStringLiteral("helpdesk");
    v.mode = mode;
    v.state = state;
    if (state == wire::VerificationState::DispatchFailed) {
        v.reason = QStringLiteral("device_unreachable");
    } else if (mode == wire::Mode::NumericChallenge) {
        v.verificationNumber = QStringLiteral("47");
    }
    v.createdAt = createdAt;
    v.expiresAt = createdAt.addSecs(timeoutSeconds);
    if (wire::isTerminal(state))
        v.completedAt = createdAt;
    return v;
}

QString Fixtures::event(const protocol::Verification &v) {
    const QJsonObject o{
        {QStringLiteral("type"), QString::fromLatin1(wire::EventVerificationUpdated)},
        {QStringLiteral("verification"), v.toJson()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

protocol::SessionInfo Fixtures::session(const QString &token,
                                        wire::Permission authenticationMethods, bool pushFeature) {
    protocol::SessionInfo s;
    if (!token.isEmpty())
        s.token = token;
    s.expiresAt = QDateTime(QDate(2026, 12, 3), QTime(22, 0), Qt::UTC);
    s.operatorInfo.username = QStringLiteral("helpdesk");
    s.operatorInfo.displayName = QStringLiteral("Help Desk");
    s.operatorInfo.role = QStringLiteral("helpdesk");
    s.operatorInfo.permissions.authenticationMethods = authenticationMethods;
    s.operatorInfo.permissions.policy = wire::Permission::View;
    s.operatorInfo.permissions.audit = wire::Permission::View;
    s.account.name = QStringLiteral("Acme Corp");
    s.account.helpdeskPushVerification = pushFeature;
    s.policy.organizationName = QStringLiteral("Acme Corp");
    return s;
}

protocol::Token Fixtures::token(const QString &serial, wire::TokenType type, bool pushEnabled,
                                wire::TokenState state) {
    protocol::Token t;
    t.serial = serial;
    t.type = type;
    t.pushEnabled = pushEnabled;
    t.state = state;
    t.deviceRegistered = type == wire::TokenType::MobilePassPlus;
    return t;
}

protocol::User Fixtures::user(int n) {
    protocol::User u;
    u.userId = QStringLiteral("user%1").arg(n, 4, 10, QLatin1Char('0'));
    u.firstName = QStringLiteral("First%1").arg(n);
    u.lastName = QStringLiteral("Last%1").arg(n);
    u.email = QString(u.userId + QStringLiteral("@example.com"));
    return u;
}

} // namespace vd::test
