// SPDX-License-Identifier: MIT
// Rows the store keeps beyond the wire DTOs: what only the server may see (hashes, choices).
#pragma once

#include "dto.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace vd::server {

struct OperatorRecord {
    QString username;
    QString displayName;
    QString role;
    QString passwordHash; // Argon2id encoded
    protocol::Permissions permissions;
    protocol::OperatorInfo info() const { return {username, displayName, role, permissions}; }
};

struct SessionRecord {
    QString tokenHash;
    QString username;
    QDateTime createdAt;
    QDateTime lastSeenAt;
};

struct TokenRecord {
    protocol::Token token; // deviceRegistered reflects a stored device token hash
    QString userId;
};

struct VerificationRecord {
    protocol::Verification verification;
    QString requestId;        // what the device sees; never the verification id
    QList<int> choices;       // empty in plain mode and for dispatch failures
    QString organizationName; // as configured when it was sent
};

struct AuditQuery {
    int offset = 0;
    int limit = 50;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<QString> userId;
    std::optional<QString> operatorName;
    std::optional<QString> actionType;
    std::optional<QString> verificationId; // both lists
    std::optional<QString> result;         // authentication list: Success | Failure
};

} // namespace vd::server
