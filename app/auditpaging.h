// SPDX-License-Identifier: MIT
// Offset paging over an audit list that keeps growing at its newest end while it is read.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vd::app {

// The server pages newest first, so an entry written between two page requests shifts every
// older one by one place: without correction the next page would repeat an entry, and an
// export could hold it twice or miss one. The entries that existed when the first page was
// read are the snapshot; growth of `total` tells how many newer ones now sit in front of it.
// A page asked for with an older count still says where it starts, so its newer entries are
// told apart by position and left for the next refresh, and ids drop the repeats.
class AuditPaging {
public:
    void reset();

    // Where the next page starts in the server's current numbering.
    int nextOffset() const { return m_count + int(newerCount()); }
    // Takes the page the server answered for `offset` (normally an earlier nextOffset()) with
    // `requested` as limit; returns the positions in `ids` of the snapshot's entries seen for
    // the first time, in order.
    QList<int> accept(int offset, qint64 total, const QStringList &ids, int requested);

    bool hasFirstPage() const { return m_snapshot >= 0; }
    bool atEnd() const { return m_end; }
    int count() const { return m_count; }
    // Entries of the snapshot (0 before the first page).
    qint64 total() const { return m_snapshot < 0 ? 0 : m_snapshot; }
    // Entries written since the first page was read.
    qint64 newerCount() const { return m_snapshot < 0 ? 0 : m_latest - m_snapshot; }

private:
    QSet<QString> m_seen;
    qint64 m_snapshot = -1;
    qint64 m_latest = 0;
    int m_count = 0;
    bool m_end = false;
};

} // namespace vd::app
