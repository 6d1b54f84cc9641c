// SPDX-License-Identifier: MIT
// The DTOs of API.md with toJson / fromJson. fromJson returns nullopt and fills the
// DecodeError (naming the field) when a field is missing or of the wrong type.
#pragma once

#include "jsonreader.h"
#include "wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <limits>
#include <optional>

namespace vd::protocol {

struct ApiError {
    QString code;
    QString message;
    QJsonObject toJson() const; // {"error":{"code","message"}}
    static std::optional<ApiError> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct User {
    QString userId;
    QString firstName;
    QString lastName;
    QString email;
    QString displayName() const;
    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct Token {
    QString serial;
    wire::TokenType type = wire::TokenType::MobilePassPlus;
    wire::TokenState state = wire::TokenState::Active;
    bool pushEnabled = false;
    bool deviceRegistered = false;
    QJsonObject toJson() const;
    static std::optional<Token> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct UserDetail {
    User user;
    QList<Token> authenticationMethods;
    QJsonObject toJson() const;
    static std::optional<UserDetail> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct Policy {
    bool pushOtpEnabled = true;
    bool numericChallengeEnabled = true;
    QString organizationName;
    int followUpWindowMinutes = 10;
    QJsonObject toJson() const;
    static std::optional<Policy> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct Account {
    QString name;
    bool helpdeskPushVerification = false;
    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct Permissions {
    wire::Permission authenticationMethods = wire::Permission::None;
    wire::Permission policy = wire::Permission::None;
    wire::Permission audit = wire::Permission::None;
    QJsonObject toJson() const;
    static std::optional<Permissions> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct OperatorInfo {
    QString username;
    QString displayName;
    QString role;
    Permissions permissions;
    QJsonObject toJson() const;
    static std::optional<OperatorInfo> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

// POST /api/v1/session (with token) and GET /api/v1/session (without).
struct SessionInfo {
    std::optional<QString> token;
    QDateTime expiresAt;
    OperatorInfo operatorInfo;
    Account account;
    Policy policy;
    QJsonObject toJson() const;
    static std::optional<SessionInfo> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct Verification {
    QString id;
    QString userId;
    QString userName;
    QString tokenSerial;
    QString operatorName; // wire field "operator"
    std::optional<QString> ticket;
    wire::Mode mode = wire::Mode::NumericChallenge;
    std::optional<QString> verificationNumber;
    wire::VerificationState state = wire::VerificationState::Pending;
    std::optional<QString> reason;
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<QDateTime> completedAt;
    QJsonObject toJson() const;
    static std::optional<Verification> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct PushRequest {
    QString requestId;
    QString resourceName;
    QString organizationName;
    QString userName;
    QDateTime timestamp;
    std::optional<QList<int>> choices; // null in plain mode
    QJsonObject toJson() const;
    static std::optional<PushRequest> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct AuthAuditEntry {
    QString id;
    QDateTime time;
    QString userId;
    QString tokenSerial;
    QString resourceName;
    QString result; // Success | Failure
    QString message;
    QString verificationId;
    std::optional<QString> ticket;
    QJsonObject toJson() const;
    static std::optional<AuthAuditEntry> fromJson(const QJsonObject &o, DecodeError *err = nullptr);
};

struct OperatorAuditEntry {
    QString id;
    QDateTime time;
    QString operatorName; // wire field "operator"
    QString actionType;
    std::optional<QString> phase; // dispatch | outcome; null for non-verification actions
    std::optional<QString> verificationId;
    std::optional<QString> userId;
    std::optional<QString> tokenSerial;
    std::optional<QString> ticket;
    std::optional<QString> outcome;
    QString message;
    QJsonObject toJson() const;
    static std::optional<OperatorAuditEntry> fromJson(const QJsonObject &o,
                                                      DecodeError *err = nullptr);
};

// {"total":N,"items":[...]} of any item type above.
template <typename T> struct Page {
    qint64 total = 0;
    QList<T> items;

    QJsonObject toJson() const {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("items"), array}};
    }

    static std::optional<Page> fromJson(const QJsonObject &o, DecodeError *err = nullptr) {
        JsonReader r(o);
        Page page;
        page.total = r.integer(QStringLiteral("total"), 0, std::numeric_limits<qint32>::max());
        const QJsonArray array = r.array(QStringLiteral("items"));
        for (qsizetype i = 0; r.ok() && i < array.size(); ++i) {
            DecodeError nested;
            const auto item = T::fromJson(array.at(i).toObject(), &nested);
            if (!array.at(i).isObject() || !item) {
                r.fail(QStringLiteral("items[%1]").arg(i),
                       nested.isSet() ? nested.message : QStringLiteral("must be an object"));
                break;
            }
            page.items.append(*item);
        }
        if (!r.ok()) {
            if (err)
                *err = r.error();
            return std::nullopt;
        }
        return page;
    }
};

} // namespace vd::protocol
