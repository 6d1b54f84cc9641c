// SPDX-License-Identifier: MIT
// AuditPaging: snapshot total, shift by growth, repeats dropped by id.
#include "auditpaging.h"

#include <algorithm>

namespace vd::app {

void AuditPaging::reset() {
    m_seen.clear();
    m_snapshot = -1;
    m_latest = 0;
    m_count = 0;
    m_end = false;
}

QList<int> AuditPaging::accept(int offset, qint64 total, const QStringList &ids, int requested) {
    if (m_snapshot < 0) {
        m_snapshot = total;
        m_latest = total;
    }
    // Audit entries are never deleted; a smaller total is a server hiccup, not a shrink.
    const qint64 before = m_latest;
    m_latest = std::max(m_latest, total);
    // This answer's own count of entries in front of the snapshot.
    const qint64 newer = std::max<qint64>(0, total - m_snapshot);
    QList<int> fresh;
    for (int i = 0; i < ids.size(); ++i) {
        if (offset + i < newer)
            continue; // written after the first page: the next refresh shows it
        if (m_count + int(fresh.size()) >= m_snapshot)
            break;
        if (m_seen.contains(ids.at(i)))
            continue;
        m_seen.insert(ids.at(i));
        fresh.append(i);
    }
    m_count += int(fresh.size());
    // A full page of repeats without growth would come back the same every time: stop.
    const bool stuck = fresh.isEmpty() && !ids.isEmpty() && m_latest == before;
    m_end = ids.size() < requested || m_count >= m_snapshot || stuck;
    return fresh;
}

} // namespace vd::app
