// SPDX-License-Identifier: MIT
// Wire objects for tests, built the way the server would send them.
#pragma once

#include "dto.h"
#include "wire.h"

#include <QJsonObject>
#include <QString>

namespace vd::test {

struct Fixtures {
    static protocol::Verification verification(const QString &id, wire::VerificationState state,
                                               const QDateTime &createdAt, int timeoutSeconds = 120,
                                               wire::Mode mode = wire::Mode::NumericChallenge);
    // {"type":"verification.updated","verification":{...}} as text.
    static QString event(const protocol::Verification &v);
    static protocol::SessionInfo
    session(const QString &token, wire::Permission authenticationMethods = wire::Permission::Edit,
            bool pushFeature = true);
    static protocol::Token token(const QString &serial,
                                 wire::TokenType type = wire::TokenType::MobilePassPlus,
                                 bool pushEnabled = true,
                                 wire::TokenState state = wire::TokenState::Active);
    static protocol::User user(int n);
};

} // namespace vd::test
