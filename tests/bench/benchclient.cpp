// SPDX-License-Identifier: MIT
// Errors carry the HTTP status and body, never the bearer or device token.
#include "benchclient.h"

namespace vd::bench {

using vd::test::TestHttp;

BenchClient::BenchClient(const QUrl &server)
    : m_http(server) {}

QString BenchClient::encoded(const QString &pathSegment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(pathSegment));
}

bool BenchClient::signIn(const QString &username, const QString &password) {
    m_bearer = m_http.signIn(username, password);
    if (m_bearer.isEmpty())
        m_error = QStringLiteral("sign-in as %1 failed").arg(username);
    return !m_bearer.isEmpty();
}

QByteArray BenchClient::activateDevice(const QString &serial) {
    const QString code = m_http.activationCode(m_bearer, serial);
    if (code.isEmpty()) {
        m_error = QStringLiteral("no activation code for %1").arg(serial);
        return {};
    }
    const TestHttp::Reply r =
        m_http.post(QStringLiteral("/device/v1/activate"),
                    {{QStringLiteral("serial"), serial}, {QStringLiteral("activationCode"), code}});
    if (r.status != 201) {
        m_error = QStringLiteral("activating a device for %1: %2").arg(serial, r.describe());
        return {};
    }
    return r.object().value(QStringLiteral("deviceToken")).toString().toUtf8();
}

QJsonObject BenchClient::createVerification(const QString &userId, const QString &serial,
                                            const QString &ticket) {
    QJsonObject body{{QStringLiteral("userId"), userId}, {QStringLiteral("tokenSerial"), serial}};
    if (!ticket.isEmpty())
        body.insert(QStringLiteral("ticket"), ticket);
    const TestHttp::Reply r = m_http.post(QStringLiteral("/api/v1/verifications"), body, m_bearer);
    if (r.status != 201) {
        m_error = QStringLiteral("creating a verification for %1: %2").arg(serial, r.describe());
        return {};
    }
    return r.object();
}

} // namespace vd::bench
