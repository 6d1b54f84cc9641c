// SPDX-License-Identifier: MIT
// Argon2id password hashing for operator accounts (encoded PHC strings, salted, constant-time
// verify).
#pragma once

#include <QByteArray>
#include <QString>

namespace vd::server {

class PasswordHasher {
public:
    struct Cost {
        quint32 timeCost = 2;
        quint32 memoryKiB = 19 * 1024; // OWASP's Argon2id minimum
        quint32 parallelism = 1;
    };

    PasswordHasher();
    explicit PasswordHasher(Cost cost);

    // Returns the encoded hash ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), empty on failure.
    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &encoded) const;

private:
    Cost m_cost;
};

} // namespace vd::server
