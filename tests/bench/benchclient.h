// SPDX-License-Identifier: MIT
// The operator-side REST steps every benchmark starts with: sign in, activate a device,
// start a verification. Synchronous (each call bounded), over one keep-alive connection.
#pragma once

#include "testhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace vd::bench {

class BenchClient {
public:
    explicit BenchClient(const QUrl &server);

    bool signIn(const QString &username, const QString &password);
    QByteArray bearer() const { return m_bearer; }

    // Issues an activation code for the token and activates a device with it, as the
    // simulated app does; the device token, empty on failure (see error()).
    QByteArray activateDevice(const QString &serial);

    // POST /api/v1/verifications; the Verification, empty on failure (see error()).
    QJsonObject createVerification(const QString &userId, const QString &serial,
                                   const QString &ticket = {});

    vd::test::TestHttp &http() { return m_http; }
    QString error() const { return m_error; }

    static QString encoded(const QString &pathSegment);

private:
    vd::test::TestHttp m_http;
    QByteArray m_bearer;
    QString m_error;
};

} // namespace vd::bench
