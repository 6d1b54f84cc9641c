// SPDX-License-Identifier: MIT
#include "verificationbodies.h"

#include <QJsonDocument>

namespace vd::server::http {

QByteArray VerificationBodies::body(const protocol::Verification &v) {
    // The state check keeps a stale body out even if a change notice were ever missed: every
    // field that can change after creation changes together with the state.
    if (const Entry *e = m_cache.object(v.id); e && e->state == v.state)
        return e->json;
    QByteArray json = QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact);
    m_cache.insert(v.id, new Entry{v.state, json});
    return json;
}

} // namespace vd::server::http
