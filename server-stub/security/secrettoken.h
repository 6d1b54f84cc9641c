// SPDX-License-Identifier: MIT
// Bearer secrets (session tokens, device tokens, activation codes): made by the CSPRNG,
// handed out once, and stored only as their SHA-256 digest.
#pragma once

#include <QByteArray>
#include <QString>

namespace vd::server {

namespace SecretToken {
// 256 random bits, base64url without padding (43 characters).
QString generate();
// A 12-character activation code from an unambiguous alphabet, grouped "XXXX-XXXX-XXXX".
QString generateActivationCode();
// Hex SHA-256 of the secret: what the store keeps.
QString digest(const QString &secret);
// An opaque random id (128 bits, hex) for verifications, requests and audit entries.
QString newId();
} // namespace SecretToken

} // namespace vd::server
