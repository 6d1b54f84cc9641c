// SPDX-License-Identifier: MIT
// In-memory substring index over the users' lowercased search texts, in user_id order.
// A LIKE '%q%' query cannot use an index, so over 100k users every search was a full table
// scan inside SQLite (about 30 ms). Scanning one contiguous UTF-8 buffer with memmem gives the
// same answer in a few milliseconds; the store then reads only the page's rows.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <vector>

namespace vd::server {

class UserSearchIndex {
public:
    struct Entry {
        qint64 rowId = 0;
        QByteArray searchText; // lowercased UTF-8, as stored in users.search_text
    };
    struct Matches {
        qint64 total = 0;
        QList<qint64> rowIds; // the page, in index order
    };

    // Entries must already be in the order results are listed (user_id).
    void reset(const std::vector<Entry> &entries);
    void clear();
    bool isLoaded() const { return m_loaded; }
    qint64 size() const { return static_cast<qint64>(m_rowIds.size()); }

    // Entries whose text contains needle (an empty needle matches all), counted in total, with
    // the row ids of matches [offset, offset + limit).
    Matches find(QByteArrayView needle, qint64 offset, qint64 limit) const;

private:
    Matches findAll(qint64 offset, qint64 limit) const;

    QByteArray m_text;             // every text, each followed by the separator byte
    std::vector<qsizetype> m_ends; // end offset (exclusive, before the separator) of each text
    std::vector<qint64> m_rowIds;
    bool m_loaded = false;
};

} // namespace vd::server
