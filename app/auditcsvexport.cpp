// SPDX-License-Identifier: MIT
// AuditCsvExport: pages of the API's maximum size until the filter's last entry.
#include "auditcsvexport.h"

#include "csvwriter.h"
#include "logcategories.h"

#include <QSaveFile>
#include <algorithm>

namespace vd::app {

AuditCsvExport::AuditCsvExport(const AuditTableModel *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_pageSize(AuditTableModel::MaxPageSize) {}

AuditCsvExport::~AuditCsvExport() {
    stop();
}

void AuditCsvExport::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, int(AuditTableModel::MaxPageSize));
}

bool AuditCsvExport::start(QIODevice *device) {
    if (m_running || !m_source || !device || !device->isWritable())
        return false;
    m_query = m_source->filter();
    m_paging.reset();
    m_device = device;
    m_written = 0;
    m_error.clear();
    m_running = true;
    ++m_generation;
    const QByteArray header =
        CsvWriter::record(m_source->columnTitles(AuditTableModel::TimeStyle::Utc));
    if (m_device->write(header) != header.size()) {
        fail(tr("Could not write the file: %1").arg(m_device->errorString()));
        return true;
    }
    requestNext();
    return true;
}

bool AuditCsvExport::start(const QString &path) {
    if (m_running || !m_source)
        return false;
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error = tr("Could not create %1: %2").arg(path, file->errorString());
        Q_EMIT failed(m_error);
        return false;
    }
    m_file = std::move(file);
    return start(m_file.get());
}

void AuditCsvExport::cancel() {
    if (m_running)
        qCInfo(lcAudit) << "export cancelled after" << m_written << "entries";
    stop();
}

void AuditCsvExport::stop() {
    ++m_generation;
    if (m_call && m_source && m_source->api())
        m_source->api()->cancel(m_call);
    m_call = 0;
    m_running = false;
    m_device = nullptr;
    if (m_file) {
        m_file->cancelWriting(); // the target keeps whatever it held before
        m_file.reset();
    }
}

void AuditCsvExport::requestNext() {
    if (!m_source) {
        fail(tr("The log view was closed during the export."));
        return;
    }
    AuditQuery q = m_query;
    q.offset = m_paging.nextOffset();
    q.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_call = m_source->fetchTextPage(
        q, this,
        [this, generation, offset = q.offset](const ApiResult<AuditTableModel::TextPage> &page) {
            onPage(generation, offset, page);
        });
}

void AuditCsvExport::onPage(quint64 generation, int offset,
                            const ApiResult<AuditTableModel::TextPage> &r) {
    if (generation != m_generation || !m_running)
        return;
    m_call = 0;
    if (!r) {
        fail(r.failure().message);
        return;
    }
    QByteArray chunk;
    for (int i : m_paging.accept(offset, r->total, r->ids, m_pageSize))
        chunk += CsvWriter::record(r->rows.at(i));
    if (m_device->write(chunk) != chunk.size()) {
        fail(tr("Could not write the file: %1").arg(m_device->errorString()));
        return;
    }
    m_written = m_paging.count();
    Q_EMIT progress(m_written, m_paging.total());
    if (!m_paging.atEnd()) {
        requestNext();
        return;
    }
    if (m_file && !m_file->commit()) {
        fail(tr("Could not save the file: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    m_running = false;
    m_device = nullptr;
    qCInfo(lcAudit) << "exported" << m_written << "entries";
    Q_EMIT finished(m_written);
}

void AuditCsvExport::fail(const QString &message) {
    m_error = message;
    qCInfo(lcAudit) << "export failed after" << m_written << "entries";
    stop();
    Q_EMIT failed(message);
}

} // namespace vd::app
