// SPDX-License-Identifier: MIT
// AuditTableModel: sequence-numbered page requests, reset on (re)load, insert on fetchMore.
#include "audittablemodel.h"

#include "logcategories.h"

#include <QLocale>
#include <algorithm>

namespace vd::app {

AuditTableModel::AuditTableModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api) {}

AuditTableModel::~AuditTableModel() {
    if (m_call && m_api)
        m_api->cancel(m_call);
}

void AuditTableModel::setFilter(const AuditQuery &filter) {
    m_filter = filter;
    m_filter.offset = 0;
    m_active = true;
    // A new filter must not show the old one's rows while it loads.
    beginResetModel();
    clearEntries();
    m_paging.reset();
    endResetModel();
    setTotal(0);
    refresh();
}

void AuditTableModel::refresh() {
    if (!m_active || !m_api)
        return;
    // Newer than any answer still on its way: those are dropped when they arrive.
    ++m_sequence;
    if (m_call) {
        m_api->cancel(m_call);
        m_call = 0;
    }
    m_resetOnArrival = true;
    request(0);
}

void AuditTableModel::clear() {
    ++m_sequence;
    if (m_call && m_api)
        m_api->cancel(m_call);
    m_call = 0;
    m_active = false;
    m_error.clear();
    beginResetModel();
    clearEntries();
    m_paging.reset();
    endResetModel();
    setTotal(0);
    setLoading(false);
}

void AuditTableModel::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, MaxPageSize);
}

qint64 AuditTableModel::totalCount() const {
    return m_shownTotal;
}

qint64 AuditTableModel::newerCount() const {
    return m_paging.newerCount();
}

void AuditTableModel::request(int offset) {
    AuditQuery q = m_filter;
    q.offset = offset;
    q.limit = m_pageSize;
    m_requested = m_pageSize;
    m_requestedOffset = offset;
    m_error.clear();
    setLoading(true);
    m_call = requestPage(q, m_sequence);
}

bool AuditTableModel::pageStarts(quint64 sequence, const ApiFailure *failure) {
    if (sequence != m_sequence)
        return false;
    m_call = 0;
    setLoading(false);
    if (!failure)
        return true;
    m_error = failure->message;
    qCInfo(lcAudit) << "audit page failed:" << ApiFailure::kindName(failure->kind);
    if (m_resetOnArrival) {
        m_resetOnArrival = false;
        beginResetModel();
        clearEntries();
        m_paging.reset();
        endResetModel();
        setTotal(0);
    }
    Q_EMIT loadFailed(*failure);
    return false;
}

void AuditTableModel::pageDone() {
    const bool first = m_resetOnArrival;
    m_resetOnArrival = false;
    setTotal(m_paging.atEnd() ? m_paging.count() : m_paging.total());
    if (first)
        Q_EMIT firstPageLoaded();
}

void AuditTableModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AuditTableModel::setTotal(qint64 total) {
    if (m_shownTotal == total)
        return;
    m_shownTotal = total;
    Q_EMIT totalCountChanged(total);
}

QStringList AuditTableModel::columnTitles(TimeStyle style) const {
    QStringList titles;
    for (int c = 0; c < columns(); ++c)
        titles.append(columnTitle(c, style));
    return titles;
}

QStringList AuditTableModel::rowTexts(int row, TimeStyle style) const {
    QStringList texts;
    if (row < 0 || row >= entryCount())
        return texts;
    for (int c = 0; c < columns(); ++c)
        texts.append(cellText(row, c, style));
    return texts;
}

QString AuditTableModel::rowAsText(int row) const {
    if (row < 0 || row >= entryCount())
        return {};
    QStringList lines;
    for (int c = 0; c < columns(); ++c) {
        QString value = cellText(row, c, TimeStyle::Local);
        if (c == timeColumn())
            value = tr("%1 (%2)").arg(value, cellText(row, c, TimeStyle::Utc));
        lines.append(tr("%1: %2").arg(columnTitle(c, TimeStyle::Local), value));
    }
    return lines.join(QLatin1Char('\n'));
}

QString AuditTableModel::entryId(int row) const {
    return row >= 0 && row < entryCount() ? entryIdAt(row) : QString();
}

bool AuditTableModel::isAllowed(const protocol::Permissions &permissions) {
    return permissions.audit != wire::Permission::None;
}

QString AuditTableModel::deniedReason() {
    return tr("Viewing the audit logs needs the Audit: View permission. Ask your administrator "
              "if you need it.");
}

QString AuditTableModel::localTimeText(const QDateTime &utc) {
    // Seconds matter when an investigator lines entries up with a call recording.
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditTableModel::utcTimeText(const QDateTime &utc) {
    return protocol::formatTime(utc);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : entryCount();
}

int AuditTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns();
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= entryCount() || index.column() >= columns())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(row, index.column(), TimeStyle::Local);
    case Qt::ToolTipRole:
        if (index.column() == timeColumn())
            return tr("%1 UTC").arg(cellText(row, index.column(), TimeStyle::Utc));
        return extraData(row, index.column(), role);
    case EntryIdRole:
        return entryIdAt(row);
    case VerificationIdRole:
        return verificationIdAt(row);
    case TimeRole:
        return timeAt(row);
    case ToneRole:
        return int(toneAt(row));
    default:
        return extraData(row, index.column(), role);
    }
}

QVariant AuditTableModel::extraData(int row, int column, int role) const {
    if (role == Qt::ToolTipRole) {
        const QString text = cellText(row, column, TimeStyle::Local);
        // Long messages (settings changes) do not fit their column.
        if (text.size() > 40)
            return text;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section, TimeStyle::Local);
    if (role == Qt::ToolTipRole && section == timeColumn())
        return tr("Local time; hover a cell for UTC");
    return {};
}

Qt::ItemFlags AuditTableModel::flags(const QModelIndex &index) const {
    // An audit trail is evidence: selectable and copyable, never editable.
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_active && m_call == 0 && m_error.isEmpty() &&
           m_paging.hasFirstPage() && !m_paging.atEnd();
}

void AuditTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    request(m_paging.nextOffset());
}

} // namespace vd::app
