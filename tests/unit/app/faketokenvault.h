// SPDX-License-Identifier: MIT
// A TokenVault in memory for Session and UI tests (the real keychain has its own test).
#pragma once

#include "tokenvault.h"

#include <QHash>

namespace vd::test {

class FakeTokenVault : public app::TokenVault {
    Q_OBJECT
public:
    explicit FakeTokenVault(QObject *parent = nullptr);

    void store(const QUrl &serverUrl, const QString &username, const QByteArray &token,
               QObject *context, Callback done) override;
    void restore(const QUrl &serverUrl, const QString &username, QObject *context,
                 Callback done) override;
    void wipe(const QUrl &serverUrl, const QString &username, QObject *context,
              Callback done) override;

    // Simulates a machine without a keychain backend.
    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QByteArray> entries;

private:
    void finish(QObject *context, Callback done, Result result);
    bool m_available = true;
};

} // namespace vd::test
