// SPDX-License-Identifier: MIT
// CSPRNG-backed secrets and ids.
#include "secrettoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace vd::server::SecretToken {

namespace {
QByteArray randomBytes(int n) {
    QByteArray bytes(n, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        bytes[i] = static_cast<char>(gen->bounded(256));
    return bytes;
}
} // namespace

QString generate() {
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString generateActivationCode() {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    QString code;
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[gen->bounded(32)]);
    }
    return code;
}

QString digest(const QString &secret) {
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newId() {
    return QString::fromLatin1(randomBytes(16).toHex());
}

} // namespace vd::server::SecretToken
