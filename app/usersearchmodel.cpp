// SPDX-License-Identifier: MIT
// UserSearchModel (stub; implementation follows).
#include "usersearchmodel.h"

#include <QTimer>

namespace vd::app {

UserSearchModel::UserSearchModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_debounce(new QTimer(this)) {}
UserSearchModel::~UserSearchModel() = default;
void UserSearchModel::setQuery(const QString &text) {
    m_query = text;
}
void UserSearchModel::searchNow() {}
void UserSearchModel::searchNow(const QString &text) {
    m_query = text;
}
QString UserSearchModel::query() const {
    return m_query;
}
void UserSearchModel::clear() {}
void UserSearchModel::setDebounceInterval(std::chrono::milliseconds) {}
qint64 UserSearchModel::totalCount() const {
    return m_total;
}
bool UserSearchModel::isLoading() const {
    return m_loading;
}
protocol::User UserSearchModel::userAt(int) const {
    return {};
}
QString UserSearchModel::errorText() const {
    return m_error;
}
int UserSearchModel::rowCount(const QModelIndex &) const {
    return 0;
}
int UserSearchModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}
QVariant UserSearchModel::data(const QModelIndex &, int) const {
    return {};
}
QVariant UserSearchModel::headerData(int, Qt::Orientation, int) const {
    return {};
}
bool UserSearchModel::canFetchMore(const QModelIndex &) const {
    return false;
}
void UserSearchModel::fetchMore(const QModelIndex &) {}

} // namespace vd::app
