// SPDX-License-Identifier: MIT
// Results of the Assignment search (User ID, Name, Email): debounced live search, newest
// query wins, and pages of 50 fetched as the view scrolls.
#pragma once

#include "apiclient.h"
#include "dto.h"
#include "timing.h"

#include <QAbstractTableModel>
#include <QList>
#include <chrono>

class QTimer;

namespace vd::app {

class UserSearchModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column { UserIdColumn, NameColumn, EmailColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { UserIdRole = Qt::UserRole + 1 }; // the row's user id in every column

    static constexpr int PageSize = 50;

    explicit UserSearchModel(ApiClient *api, QObject *parent = nullptr);
    ~UserSearchModel() override;

    // Live typing: searches after the debounce interval.
    void setQuery(const QString &text);
    // Enter: searches now (with the current or the given text).
    void searchNow();
    void searchNow(const QString &text);
    QString query() const;
    void clear();

    void setDebounceInterval(std::chrono::milliseconds interval);
    qint64 totalCount() const; // as the server counted it; rowCount() grows page by page
    bool isLoading() const;
    protocol::User userAt(int row) const;
    // Error of the last search, empty when it succeeded.
    QString errorText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void searchFailed(const vd::app::ApiFailure &failure);
    void searchFinished(); // first page of a query arrived

private:
    void startSearch();
    void requestPage(int offset);
    void onPage(quint64 sequence, int offset,
                const ApiResult<protocol::Page<protocol::User>> &result);
    void setLoading(bool loading);

    ApiClient *m_api;
    QTimer *m_debounce;
    QString m_query;
    QString m_activeQuery;
    QList<protocol::User> m_users;
    qint64 m_total = 0;
    bool m_loading = false;
    QString m_error;
    quint64 m_sequence = 0;
    ApiClient::CallId m_call = 0;
};

} // namespace vd::app
