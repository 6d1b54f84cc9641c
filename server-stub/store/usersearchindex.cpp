// SPDX-License-Identifier: MIT
#include "usersearchindex.h"

#include <algorithm>
#include <string_view>

namespace vd::server {

namespace {
// Never part of a search text (built from user id, names and email) nor of a sensible query;
// a needle that contains it is matched text by text instead of across the buffer.
constexpr char kSeparator = '\0';
} // namespace

void UserSearchIndex::reset(const std::vector<Entry> &entries) {
    clear();
    qsizetype bytes = 0;
    for (const Entry &e : entries)
        bytes += e.searchText.size() + 1;
    m_text.reserve(bytes);
    m_ends.reserve(entries.size());
    m_rowIds.reserve(entries.size());
    for (const Entry &e : entries) {
        m_text.append(e.searchText);
        m_ends.push_back(m_text.size());
        m_text.append(kSeparator);
        m_rowIds.push_back(e.rowId);
    }
    m_loaded = true;
}

void UserSearchIndex::clear() {
    m_text.clear();
    m_ends.clear();
    m_rowIds.clear();
    m_loaded = false;
}

UserSearchIndex::Matches UserSearchIndex::findAll(qint64 offset, qint64 limit) const {
    Matches m;
    m.total = size();
    for (qint64 i = std::max<qint64>(offset, 0); i < m.total && m.rowIds.size() < limit; ++i)
        m.rowIds.append(m_rowIds[static_cast<size_t>(i)]);
    return m;
}

UserSearchIndex::Matches UserSearchIndex::find(QByteArrayView needle, qint64 offset,
                                               qint64 limit) const {
    if (needle.isEmpty())
        return findAll(offset, limit);
    Matches m;
    auto take = [&](size_t entry) {
        if (m.total >= offset && m.rowIds.size() < limit)
            m.rowIds.append(m_rowIds[entry]);
        ++m.total;
    };
    const char *base = m_text.constData();
    const size_t n = m_ends.size();
    if (needle.contains(kSeparator)) {
        qsizetype start = 0;
        for (size_t i = 0; i < n; ++i) {
            if (QByteArrayView(base + start, m_ends[i] - start).contains(needle))
                take(i);
            start = m_ends[i] + 1;
        }
        return m;
    }
    // One pass over the buffer: find the next hit, credit the text it falls in, and go on from
    // the start of the following text. A hit cannot span two texts: the separator is not in
    // the needle.
    const char *end = base + m_text.size();
    const char *from = base;
    size_t entry = 0;
    while (from < end && entry < n) {
        // string_view::find is memchr on the first byte plus a compare: several times faster
        // here than QByteArrayView::indexOf's rolling hash for the short needles people type.
        const size_t at = std::string_view(from, static_cast<size_t>(end - from))
                              .find(std::string_view(needle.data(), needle.size()));
        if (at == std::string_view::npos)
            break;
        const qsizetype pos = (from - base) + static_cast<qsizetype>(at);
        while (m_ends[entry] < pos + needle.size())
            ++entry;
        take(entry);
        from = base + m_ends[entry] + 1;
        ++entry;
    }
    return m;
}

} // namespace vd::server
