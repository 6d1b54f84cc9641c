// SPDX-License-Identifier: MIT
// The demo data set of API.md, and generated users for benchmarks.
#pragma once

#include "passwordhasher.h"
#include "store.h"

namespace vd::server {

class Seeder {
public:
    static constexpr int DemoGeneratedUsers = 240;

    Seeder(Store &store, const PasswordHasher &hasher);
    // Fills an empty database; does nothing on one that already holds an account.
    Status seedDemo();
    // Adds count generated users (ids u000000…), each with one or two tokens.
    Status addGeneratedUsers(int count);

private:
    Status insertGenerated(int first, int count, const QString &idPrefix);

    Store &m_store;
    const PasswordHasher &m_hasher;
};

} // namespace vd::server
