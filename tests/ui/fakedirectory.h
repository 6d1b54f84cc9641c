// SPDX-License-Identifier: MIT
// A user directory served by a FakeTransport the way the server pages it (q, offset, limit).
#pragma once

#include "dto.h"
#include "faketransport.h"

#include <QList>

namespace vd::test {

class FakeDirectory {
public:
    // Realistic names: the demo users first, then `generated` colleagues.
    static QList<protocol::User> people(int generated = 100);
    static protocol::User person(const QString &id, const QString &first, const QString &last);
    // Demo-like tokens: jdoe has MobilePASS+, hardware and password; others one token each.
    static QList<protocol::Token> tokensOf(const QString &userId);

    // Routes GET /api/v1/users and GET /api/v1/users/{id} for `users`.
    static void install(FakeTransport &transport, const QList<protocol::User> &users);
};

} // namespace vd::test
