// SPDX-License-Identifier: MIT
// Argon2id through the reference library (Debian libargon2).
#include "passwordhasher.h"

#include <QRandomGenerator>
#include <argon2.h>
#include <vector>

namespace vd::server {

namespace {
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
} // namespace

PasswordHasher::PasswordHasher()
    : m_cost(Cost{}) {}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost) {}

QString PasswordHasher::hash(const QString &password) const {
    const QByteArray pwd = password.toUtf8();
    quint32 salt[kSaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(salt);
    const std::size_t encodedLen = argon2_encodedlen(
        m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(encodedLen);
    const int rc = argon2id_hash_encoded(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism,
                                         pwd.constData(), static_cast<std::size_t>(pwd.size()),
                                         salt, kSaltBytes, kHashBytes, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.data());
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const {
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray pwd = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(),
                           static_cast<std::size_t>(pwd.size())) == ARGON2_OK;
}

} // namespace vd::server
