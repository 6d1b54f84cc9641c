// SPDX-License-Identifier: MIT
// UserSearchModel: debounce timer, sequence-numbered requests and incremental paging.
#include "usersearchmodel.h"

#include "logcategories.h"

#include <QTimer>

namespace vd::app {

UserSearchModel::UserSearchModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(timing::SearchDebounce);
    connect(m_debounce, &QTimer::timeout, this, &UserSearchModel::startSearch);
}

UserSearchModel::~UserSearchModel() {
    if (m_call)
        m_api->cancel(m_call);
}

void UserSearchModel::setQuery(const QString &text) {
    m_query = text;
    m_debounce->start();
}

void UserSearchModel::searchNow() {
    m_debounce->stop();
    startSearch();
}

void UserSearchModel::searchNow(const QString &text) {
    m_query = text;
    searchNow();
}

QString UserSearchModel::query() const {
    return m_query;
}

void UserSearchModel::clear() {
    m_debounce->stop();
    ++m_sequence;
    if (m_call) {
        m_api->cancel(m_call);
        m_call = 0;
    }
    m_query.clear();
    m_activeQuery.clear();
    m_error.clear();
    beginResetModel();
    m_users.clear();
    endResetModel();
    if (m_total != 0) {
        m_total = 0;
        Q_EMIT totalCountChanged(0);
    }
    setLoading(false);
}

void UserSearchModel::setDebounceInterval(std::chrono::milliseconds interval) {
    m_debounce->setInterval(interval);
}

void UserSearchModel::startSearch() {
    const QString text = m_query.trimmed();
    if (text.isEmpty()) {
        clear();
        return;
    }
    // A newer query makes every older answer stale: abort it and bump the sequence so an
    // answer already on its way is dropped too.
    ++m_sequence;
    if (m_call) {
        m_api->cancel(m_call);
        m_call = 0;
    }
    m_activeQuery = text;
    m_error.clear();
    setLoading(true);
    requestPage(0);
}

void UserSearchModel::requestPage(int offset) {
    const quint64 sequence = m_sequence;
    m_call = m_api->searchUsers(
        m_activeQuery, offset, PageSize, this,
        [this, sequence, offset](const ApiResult<protocol::Page<protocol::User>> &r) {
            onPage(sequence, offset, r);
        });
}

void UserSearchModel::onPage(quint64 sequence, int offset,
                             const ApiResult<protocol::Page<protocol::User>> &r) {
    if (sequence != m_sequence)
        return;
    m_call = 0;
    setLoading(false);
    if (!r) {
        m_error = r.failure().message;
        qCInfo(lcSearch) << "search failed:" << ApiFailure::kindName(r.failure().kind);
        if (offset == 0) {
            beginResetModel();
            m_users.clear();
            endResetModel();
            if (m_total != 0) {
                m_total = 0;
                Q_EMIT totalCountChanged(0);
            }
        }
        Q_EMIT searchFailed(r.failure());
        return;
    }
    const auto &items = r->items;
    if (offset == 0) {
        beginResetModel();
        m_users = items;
        endResetModel();
    } else if (offset == m_users.size() && !items.isEmpty()) {
        beginInsertRows({}, int(m_users.size()), int(m_users.size() + items.size() - 1));
        m_users.append(items);
        endInsertRows();
    }
    qint64 total = r->total;
    // A short page means the list ended (users removed meanwhile): stop fetching.
    if (items.size() < PageSize || total < m_users.size())
        total = m_users.size();
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalCountChanged(total);
    }
    if (offset == 0)
        Q_EMIT searchFinished();
}

qint64 UserSearchModel::totalCount() const {
    return m_total;
}

bool UserSearchModel::isLoading() const {
    return m_loading;
}

void UserSearchModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

protocol::User UserSearchModel::userAt(int row) const {
    return row >= 0 && row < m_users.size() ? m_users.at(row) : protocol::User{};
}

QString UserSearchModel::errorText() const {
    return m_error;
}

int UserSearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserSearchModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserSearchModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const protocol::User &u = m_users.at(index.row());
    if (role == UserIdRole)
        return u.userId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserIdColumn:
        return role == Qt::ToolTipRole ? tr("Open the user record of %1").arg(u.displayName())
                                       : QVariant(u.userId);
    case NameColumn:
        return u.displayName();
    case EmailColumn:
        return u.email;
    default:
        return {};
    }
}

QVariant UserSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    default:
        return {};
    }
}

bool UserSearchModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_activeQuery.isEmpty() && m_call == 0 && m_users.size() < m_total;
}

void UserSearchModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    requestPage(int(m_users.size()));
}

} // namespace vd::app
