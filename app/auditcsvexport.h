// SPDX-License-Identifier: MIT
// Export of an audit log's current filtered view to CSV: a header row, then every entry of
// the filter (all pages, not only those on screen), times in UTC. A signal-based job.
#pragma once

#include "apiclient.h"
#include "auditpaging.h"
#include "audittablemodel.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QIODevice;
class QSaveFile;

namespace vd::app {

class AuditCsvExport : public QObject {
    Q_OBJECT
public:
    // `source` gives the filter, the columns and the page requests; not owned.
    explicit AuditCsvExport(const AuditTableModel *source, QObject *parent = nullptr);
    ~AuditCsvExport() override;

    void setPageSize(int size); // default: the API's maximum, 500
    // Into `device` (open for writing, not owned). False when already running.
    bool start(QIODevice *device);
    // Into a file that is replaced only once every page arrived (nothing half-written).
    bool start(const QString &path);
    // Stops; a file export leaves the target untouched.
    void cancel();

    bool isRunning() const { return m_running; }
    int written() const { return m_written; }
    qint64 expected() const { return m_paging.total(); }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void progress(int written, qint64 total);
    void finished(int written);
    void failed(const QString &message);

private:
    void requestNext();
    void onPage(quint64 generation, int offset, const ApiResult<AuditTableModel::TextPage> &page);
    void fail(const QString &message);
    void stop();

    QPointer<const AuditTableModel> m_source;
    AuditQuery m_query;
    AuditPaging m_paging;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    int m_pageSize;
    int m_written = 0;
    bool m_running = false;
    QString m_error;
    ApiClient::CallId m_call = 0;
    quint64 m_generation = 0;
};

} // namespace vd::app
