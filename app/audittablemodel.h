// SPDX-License-Identifier: MIT
// Base of the two audit log models: the filter, newest-first paging through fetchMore, refresh,
// and the texts a row shows, copies and exports. Read-only by design.
#pragma once

#include "apiclient.h"
#include "auditpaging.h"
#include "dto.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>
#include <functional>

namespace vd::app {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // the row's entry id in every column
        VerificationIdRole,             // empty for entries of no verification
        TimeRole,                       // QDateTime (UTC)
        ToneRole,                       // int(Tone): a view colours by meaning, not by column
    };
    enum class Tone { Neutral, Success, Failure };
    // Local: as the view shows times. Utc: RFC 3339 UTC, as CSV and copied rows hold them.
    enum class TimeStyle { Local, Utc };

    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 500; // API.md: limit ≤ 500

    // One page reduced to what an export needs (times in UTC).
    struct TextPage {
        qint64 total = 0;
        QStringList ids;
        QList<QStringList> rows;
    };
    using TextPageCallback = std::function<void(const ApiResult<TextPage> &)>;

    explicit AuditTableModel(ApiClient *api, QObject *parent = nullptr);
    ~AuditTableModel() override;

    // Sets the filter (offset and limit are the model's own) and reloads from the newest entry.
    void setFilter(const AuditQuery &filter);
    const AuditQuery &filter() const { return m_filter; }
    // Reloads the first page of the same filter; the rows on screen stay until it arrives.
    void refresh();
    // Empties the model and stops loading (no permission, signed out). setFilter() restarts.
    void clear();
    bool isActive() const { return m_active; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    qint64 totalCount() const; // entries of the filter when its first page was read
    qint64 newerCount() const; // entries written since; refresh() brings them
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }

    QStringList columnTitles(TimeStyle style = TimeStyle::Local) const;
    QStringList rowTexts(int row, TimeStyle style = TimeStyle::Local) const;
    // "Title: value" lines of a row (time local and UTC), for pasting into a ticket.
    QString rowAsText(int row) const;
    QString entryId(int row) const;

    // Asks for one page of `query` as texts, for export (AuditCsvExport pages on its own).
    virtual ApiClient::CallId fetchTextPage(const AuditQuery &query, QObject *context,
                                            TextPageCallback done) const = 0;
    ApiClient *api() const { return m_api; }

    // The audit lists need audit: view (API.md); the views say why when it is missing.
    static bool isAllowed(const protocol::Permissions &permissions);
    static QString deniedReason();

    static QString localTimeText(const QDateTime &utc);
    static QString utcTimeText(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const vd::app::ApiFailure &failure);
    void firstPageLoaded();

protected:
    virtual int columns() const = 0;
    virtual int entryCount() const = 0;
    virtual void clearEntries() = 0;
    // Sends the request of one page; its answer must reach acceptPage() with `sequence`.
    virtual ApiClient::CallId requestPage(const AuditQuery &query, quint64 sequence) = 0;
    virtual QString columnTitle(int column, TimeStyle style) const = 0;
    virtual QString cellText(int row, int column, TimeStyle style) const = 0;
    virtual QString entryIdAt(int row) const = 0;
    virtual QString verificationIdAt(int row) const = 0;
    virtual QDateTime timeAt(int row) const = 0;
    virtual Tone toneAt(int row) const = 0;
    virtual int timeColumn() const { return 0; }
    // Any role the base does not answer (fonts, extra tooltips).
    virtual QVariant extraData(int row, int column, int role) const;

    template <typename T>
    void acceptPage(quint64 sequence, const ApiResult<protocol::Page<T>> &result,
                    QList<T> &entries) {
        if (!pageStarts(sequence, result ? nullptr : &result.failure()))
            return;
        QStringList ids;
        for (const T &e : result->items)
            ids.append(e.id);
        if (m_resetOnArrival) {
            beginResetModel();
            clearEntries();
            m_paging.reset();
            for (int i : m_paging.accept(m_requestedOffset, result->total, ids, m_requested))
                entries.append(result->items.at(i));
            endResetModel();
        } else {
            const QList<int> fresh =
                m_paging.accept(m_requestedOffset, result->total, ids, m_requested);
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(entries.size()), int(entries.size() + fresh.size() - 1));
                for (int i : fresh)
                    entries.append(result->items.at(i));
                endInsertRows();
            }
        }
        pageDone();
    }

    // Unpacks a typed page into texts for fetchTextPage() implementations.
    template <typename T, typename Cells>
    static ApiResult<TextPage> textPage(const ApiResult<protocol::Page<T>> &result, Cells cells) {
        if (!result)
            return ApiResult<TextPage>(result.failure());
        TextPage page;
        page.total = result->total;
        for (const T &e : result->items) {
            page.ids.append(e.id);
            page.rows.append(cells(e));
        }
        return ApiResult<TextPage>(page);
    }

private:
    // False when the answer is stale; handles a failure itself.
    bool pageStarts(quint64 sequence, const ApiFailure *failure);
    void pageDone();
    void request(int offset);
    void setLoading(bool loading);
    void setTotal(qint64 total);

    ApiClient *m_api;
    AuditQuery m_filter;
    AuditPaging m_paging;
    int m_pageSize = DefaultPageSize;
    int m_requested = 0;
    int m_requestedOffset = 0;
    bool m_active = false;
    bool m_loading = false;
    bool m_resetOnArrival = false;
    qint64 m_shownTotal = 0;
    QString m_error;
    quint64 m_sequence = 0;
    ApiClient::CallId m_call = 0;
};

} // namespace vd::app
