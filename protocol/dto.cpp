// SPDX-License-Identifier: MIT
#include "dto.h"

#include <QJsonArray>

namespace vd::protocol {
namespace {

QJsonValue nullable(const std::optional<QString> &s) {
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableTime(const std::optional<QDateTime> &t) {
    return t ? QJsonValue(formatTime(*t)) : QJsonValue(QJsonValue::Null);
}

template <typename T> std::optional<T> finish(const JsonReader &r, T value, DecodeError *err) {
    if (!r.ok()) {
        if (err)
            *err = r.error();
        return std::nullopt;
    }
    return value;
}

// Decodes a nested object through T::fromJson, reporting errors with the outer path.
template <typename T> T nested(JsonReader &r, const QString &key) {
    const QJsonObject o = r.object(key);
    if (!r.ok())
        return T{};
    DecodeError inner;
    auto v = T::fromJson(o, &inner);
    if (!v) {
        r.fail(key, QStringLiteral("is invalid: ") + inner.message);
        return T{};
    }
    return *v;
}

} // namespace

QJsonObject ApiError::toJson() const {
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader outer(o);
    JsonReader r(outer.object(QStringLiteral("error")), QStringLiteral("error"));
    r.adopt(outer.error());
    ApiError e;
    e.code = r.string(QStringLiteral("code"));
    e.message = r.string(QStringLiteral("message"));
    return finish(r, e, err);
}

QString User::displayName() const {
    return QString(firstName + QLatin1Char(' ') + lastName).trimmed();
}

QJsonObject User::toJson() const {
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("email"), email}};
}

std::optional<User> User::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    User u;
    u.userId = r.string(QStringLiteral("userId"));
    u.firstName = r.string(QStringLiteral("firstName"));
    u.lastName = r.string(QStringLiteral("lastName"));
    u.email = r.string(QStringLiteral("email"));
    return finish(r, u, err);
}

QJsonObject Token::toJson() const {
    return {{QStringLiteral("serial"), serial},
            {QStringLiteral("type"), wire::toWire(type)},
            {QStringLiteral("state"), wire::toWire(state)},
            {QStringLiteral("pushEnabled"), pushEnabled},
            {QStringLiteral("deviceRegistered"), deviceRegistered}};
}

std::optional<Token> Token::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    Token t;
    t.serial = r.string(QStringLiteral("serial"));
    t.type = r.enumeration<wire::TokenType>(QStringLiteral("type"), wire::tokenTypeFromWire);
    t.state = r.enumeration<wire::TokenState>(QStringLiteral("state"), wire::tokenStateFromWire);
    t.pushEnabled = r.boolean(QStringLiteral("pushEnabled"));
    t.deviceRegistered = r.boolean(QStringLiteral("deviceRegistered"));
    return finish(r, t, err);
}

QJsonObject UserDetail::toJson() const {
    QJsonObject o = user.toJson();
    QJsonArray tokens;
    for (const Token &t : authenticationMethods)
        tokens.append(t.toJson());
    o.insert(QStringLiteral("authenticationMethods"), tokens);
    return o;
}

std::optional<UserDetail> UserDetail::fromJson(const QJsonObject &o, DecodeError *err) {
    UserDetail d;
    auto u = User::fromJson(o, err);
    if (!u)
        return std::nullopt;
    d.user = *u;
    JsonReader r(o);
    const QJsonArray tokens = r.array(QStringLiteral("authenticationMethods"));
    for (qsizetype i = 0; r.ok() && i < tokens.size(); ++i) {
        DecodeError inner;
        const auto t = Token::fromJson(tokens.at(i).toObject(), &inner);
        if (!t) {
            r.fail(QStringLiteral("authenticationMethods[%1]").arg(i), inner.message);
            break;
        }
        d.authenticationMethods.append(*t);
    }
    return finish(r, d, err);
}

QJsonObject Policy::toJson() const {
    return {{QStringLiteral("pushOtpEnabled"), pushOtpEnabled},
            {QStringLiteral("numericChallengeEnabled"), numericChallengeEnabled},
            {QStringLiteral("organizationName"), organizationName},
            {QStringLiteral("followUpWindowMinutes"), followUpWindowMinutes}};
}

std::optional<Policy> Policy::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    Policy p;
    p.pushOtpEnabled = r.boolean(QStringLiteral("pushOtpEnabled"));
    p.numericChallengeEnabled = r.boolean(QStringLiteral("numericChallengeEnabled"));
    p.organizationName = r.string(QStringLiteral("organizationName"));
    p.followUpWindowMinutes =
        static_cast<int>(r.integer(QStringLiteral("followUpWindowMinutes"), 0, 1440));
    return finish(r, p, err);
}

QJsonObject Account::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("features"),
             QJsonObject{{QStringLiteral("helpdeskPushVerification"), helpdeskPushVerification}}}};
}

std::optional<Account> Account::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    Account a;
    a.name = r.string(QStringLiteral("name"));
    JsonReader f(r.object(QStringLiteral("features")), QStringLiteral("features"));
    f.adopt(r.error());
    a.helpdeskPushVerification = f.boolean(QStringLiteral("helpdeskPushVerification"));
    return finish(f, a, err);
}

QJsonObject Permissions::toJson() const {
    return {
        {QStringLiteral("assignment.authenticationMethods"), wire::toWire(authenticationMethods)},
        {QStringLiteral("policy"), wire::toWire(policy)},
        {QStringLiteral("audit"), wire::toWire(audit)}};
}

std::optional<Permissions> Permissions::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o, QStringLiteral("permissions"));
    Permissions p;
    p.authenticationMethods = r.enumeration<wire::Permission>(
        QStringLiteral("assignment.authenticationMethods"), wire::permissionFromWire);
    p.policy = r.enumeration<wire::Permission>(QStringLiteral("policy"), wire::permissionFromWire);
    p.audit = r.enumeration<wire::Permission>(QStringLiteral("audit"), wire::permissionFromWire);
    return finish(r, p, err);
}

QJsonObject OperatorInfo::toJson() const {
    return {{QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("permissions"), permissions.toJson()}};
}

std::optional<OperatorInfo> OperatorInfo::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o, QStringLiteral("operator"));
    OperatorInfo op;
    op.username = r.string(QStringLiteral("username"));
    op.displayName = r.string(QStringLiteral("displayName"));
    op.role = r.string(QStringLiteral("role"));
    op.permissions = nested<Permissions>(r, QStringLiteral("permissions"));
    return finish(r, op, err);
}

QJsonObject SessionInfo::toJson() const {
    QJsonObject o{{QStringLiteral("expiresAt"), formatTime(expiresAt)},
                  {QStringLiteral("operator"), operatorInfo.toJson()},
                  {QStringLiteral("account"), account.toJson()},
                  {QStringLiteral("policy"), policy.toJson()}};
    if (token)
        o.insert(QStringLiteral("token"), *token);
    return o;
}

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    SessionInfo s;
    s.token = r.optionalString(QStringLiteral("token"));
    s.expiresAt = r.time(QStringLiteral("expiresAt"));
    s.operatorInfo = nested<OperatorInfo>(r, QStringLiteral("operator"));
    s.account = nested<Account>(r, QStringLiteral("account"));
    s.policy = nested<Policy>(r, QStringLiteral("policy"));
    return finish(r, s, err);
}

QJsonObject Verification::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("tokenSerial"), tokenSerial},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("ticket"), nullable(ticket)},
            {QStringLiteral("mode"), wire::toWire(mode)},
            {QStringLiteral("verificationNumber"), nullable(verificationNumber)},
            {QStringLiteral("state"), wire::toWire(state)},
            {QStringLiteral("reason"), nullable(reason)},
            {QStringLiteral("createdAt"), formatTime(createdAt)},
            {QStringLiteral("expiresAt"), formatTime(expiresAt)},
            {QStringLiteral("completedAt"), nullableTime(completedAt)}};
}

std::optional<Verification> Verification::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o, QStringLiteral("verification"));
    Verification v;
    v.id = r.string(QStringLiteral("id"));
    v.userId = r.string(QStringLiteral("userId"));
    v.userName = r.string(QStringLiteral("userName"));
    v.tokenSerial = r.string(QStringLiteral("tokenSerial"));
    v.operatorName = r.string(QStringLiteral("operator"));
    v.ticket = r.optionalString(QStringLiteral("ticket"));
    v.mode = r.enumeration<wire::Mode>(QStringLiteral("mode"), wire::modeFromWire);
    v.verificationNumber = r.optionalString(QStringLiteral("verificationNumber"));
    v.state = r.enumeration<wire::VerificationState>(QStringLiteral("state"),
                                                     wire::verificationStateFromWire);
    v.reason = r.optionalString(QStringLiteral("reason"));
    v.createdAt = r.time(QStringLiteral("createdAt"));
    v.expiresAt = r.time(QStringLiteral("expiresAt"));
    v.completedAt = r.optionalTime(QStringLiteral("completedAt"));
    return finish(r, v, err);
}

QJsonObject PushRequest::toJson() const {
    QJsonValue c(QJsonValue::Null);
    if (choices) {
        QJsonArray a;
        for (int n : *choices)
            a.append(n);
        c = a;
    }
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("resourceName"), resourceName},
            {QStringLiteral("organizationName"), organizationName},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("timestamp"), formatTime(timestamp)},
            {QStringLiteral("choices"), c}};
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o, QStringLiteral("request"));
    PushRequest p;
    p.requestId = r.string(QStringLiteral("requestId"));
    p.resourceName = r.string(QStringLiteral("resourceName"));
    p.organizationName = r.string(QStringLiteral("organizationName"));
    p.userName = r.string(QStringLiteral("userName"));
    p.timestamp = r.time(QStringLiteral("timestamp"));
    if (r.ok() && r.has(QStringLiteral("choices"))) {
        const QJsonArray a = r.array(QStringLiteral("choices"));
        QList<int> list;
        for (const QJsonValue &v : a) {
            if (!v.isDouble()) {
                r.fail(QStringLiteral("choices"), QStringLiteral("must hold integers"));
                break;
            }
            list.append(v.toInt());
        }
        p.choices = list;
    }
    return finish(r, p, err);
}

QJsonObject AuthAuditEntry::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), formatTime(time)},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("tokenSerial"), tokenSerial},
            {QStringLiteral("resourceName"), resourceName},
            {QStringLiteral("result"), result},
            {QStringLiteral("message"), message},
            {QStringLiteral("verificationId"), verificationId},
            {QStringLiteral("ticket"), nullable(ticket)}};
}

std::optional<AuthAuditEntry> AuthAuditEntry::fromJson(const QJsonObject &o, DecodeError *err) {
    JsonReader r(o);
    AuthAuditEntry e;
    e.id = r.string(QStringLiteral("id"));
    e.time = r.time(QStringLiteral("time"));
    e.userId = r.string(QStringLiteral("userId"));
    e.tokenSerial = r.string(QStringLiteral("tokenSerial"));
    e.resourceName = r.string(QStringLiteral("resourceName"));
    e.result = r.string(QStringLiteral("result"));
    e.message = r.string(QStringLiteral("message"));
    e.verificationId = r.string(QStringLiteral("verificationId"));
    e.ticket = r.optionalString(QStringLiteral("ticket"));
    return finish(r, e, err);
}

QJsonObject OperatorAuditEntry::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("time"), formatTime(time)},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("actionType"), actionType},
            {QStringLiteral("phase"), nullable(phase)},
            {QStringLiteral("verificationId"), nullable(verificationId)},
            {QStringLiteral("userId"), nullable(userId)},
            {QStringLiteral("tokenSerial"), nullable(tokenSerial)},
            {QStringLiteral("ticket"), nullable(ticket)},
            {QStringLiteral("outcome"), nullable(outcome)},
            {QStringLiteral("message"), message}};
}

std::optional<OperatorAuditEntry> OperatorAuditEntry::fromJson(const QJsonObject &o,
                                                               DecodeError *err) {
    JsonReader r(o);
    OperatorAuditEntry e;
    e.id = r.string(QStringLiteral("id"));
    e.time = r.time(QStringLiteral("time"));
    e.operatorName = r.string(QStringLiteral("operator"));
    e.actionType = r.string(QStringLiteral("actionType"));
    e.phase = r.optionalString(QStringLiteral("phase"));
    e.verificationId = r.optionalString(QStringLiteral("verificationId"));
    e.userId = r.optionalString(QStringLiteral("userId"));
    e.tokenSerial = r.optionalString(QStringLiteral("tokenSerial"));
    e.ticket = r.optionalString(QStringLiteral("ticket"));
    e.outcome = r.optionalString(QStringLiteral("outcome"));
    e.message = r.string(QStringLiteral("message"));
    return finish(r, e, err);
}

} // namespace vd::protocol
