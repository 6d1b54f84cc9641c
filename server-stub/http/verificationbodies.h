// SPDX-License-Identifier: MIT
// The serialised JSON of recently read verifications. Consoles poll GET every 2 s and a
// verification changes only on a transition, so each state is serialised once instead of on
// every poll (toJson + QJsonDocument were about half of a GET's instructions).
#pragma once

#include "dto.h"

#include <QByteArray>
#include <QCache>
#include <QString>

namespace vd::server::http {

class VerificationBodies {
public:
    explicit VerificationBodies(qsizetype capacity = 4096)
        : m_cache(capacity) {}

    // The compact JSON of v; cached per id and state.
    QByteArray body(const protocol::Verification &v);
    // Called on every change; the next read serialises again.
    void forget(const QString &id) { m_cache.remove(id); }
    qsizetype size() const { return m_cache.size(); }

private:
    struct Entry {
        wire::VerificationState state;
        QByteArray json;
    };
    QCache<QString, Entry> m_cache;
};

} // namespace vd::server::http
