// SPDX-License-Identifier: MIT
// AuditTableView: table, status line, export and copy.
#include "audittableview.h"

#include "auditcsvexport.h"
#include "audititemdelegate.h"
#include "audittablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace vd::ui {

AuditTableView::AuditTableView(app::AuditTableModel *model, const QString &accessibleName,
                               int toneColumn, const QString &exportName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_exportName(exportName)
    , m_job(new app::AuditCsvExport(model, this)) {
    m_table = new QTableView(this);
    m_table->setAccessibleName(accessibleName);
    m_table->setModel(model);
    m_table->setItemDelegate(new AuditItemDelegate(toneColumn, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(false); // the server's order (newest first) is the log's order
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);

    auto *copyAction = new QAction(tr("&Copy row"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    auto *exportAction = new QAction(tr("&Export CSV…"), m_table);
    m_table->addAction(copyAction);
    m_table->addAction(exportAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_denied = new QLabel(this);
    m_denied->setObjectName(QStringLiteral("hintLabel"));
    m_denied->setWordWrap(true);
    m_denied->setAlignment(Qt::AlignCenter);
    m_denied->setAccessibleName(tr("Audit log unavailable"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_denied);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hintLabel"));
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_copy = new QPushButton(tr("Copy row"), this);
    m_copy->setToolTip(tr("Copy the selected entries as text (Ctrl+C)"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("Save every entry of the current filter as CSV, not only those "
                            "on screen"));
    for (QPushButton *b : {m_refresh, m_copy, m_export})
        b->setAutoDefault(false);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_copy);
    bar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    m_pathProvider = [](QWidget *dialogParent, const QString &suggested) {
        return QFileDialog::getSaveFileName(dialogParent, tr("Export to CSV"),
                                            QDir::home().filePath(suggested),
                                            tr("CSV files (*.csv);;All files (*)"));
    };

    connect(m_refresh, &QPushButton::clicked, model, &app::AuditTableModel::refresh);
    connect(m_copy, &QPushButton::clicked, this, &AuditTableView::copySelection);
    connect(copyAction, &QAction::triggered, this, &AuditTableView::copySelection);
    connect(m_export, &QPushButton::clicked, this, &AuditTableView::exportCsv);
    connect(exportAction, &QAction::triggered, this, &AuditTableView::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT currentRowChanged(currentRow());
    });
    using M = app::AuditTableModel;
    connect(model, &QAbstractItemModel::modelReset, this, &AuditTableView::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AuditTableView::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { Q_EMIT currentRowChanged(currentRow()); });
    connect(model, &M::totalCountChanged, this, &AuditTableView::updateStatus);
    connect(model, &M::loadingChanged, this, &AuditTableView::updateStatus);
    connect(model, &M::loadFailed, this, &AuditTableView::updateStatus);
    connect(m_job, &app::AuditCsvExport::progress, this, &AuditTableView::updateStatus);
    connect(m_job, &app::AuditCsvExport::finished, this, [this](int entries) {
        m_lastResult = tr("Exported %n row(s) to %1", nullptr, entries)
                           .arg(QDir::toNativeSeparators(m_exportPath));
        updateStatus();
        Q_EMIT exported(m_exportPath, entries);
    });
    connect(m_job, &app::AuditCsvExport::failed, this, [this](const QString &message) {
        m_lastResult = tr("Export failed: %1").arg(message);
        updateStatus();
    });
    updateStatus();
}

AuditTableView::~AuditTableView() = default;

void AuditTableView::setAllowed(bool allowed, const QString &reason) {
    m_allowed = allowed;
    m_denied->setText(reason);
    m_stack->setCurrentWidget(allowed ? static_cast<QWidget *>(m_table) : m_denied);
    if (!allowed) {
        m_job->cancel();
        m_model->clear();
    }
    updateStatus();
}

void AuditTableView::setExportPathProvider(PathProvider provider) {
    m_pathProvider = std::move(provider);
}

void AuditTableView::setColumnSamples(const QStringList &samples) {
    QFont bold = m_table->font();
    bold.setBold(true); // tone columns are drawn bold
    const QFontMetrics fm(bold);
    for (int c = 0; c < samples.size(); ++c)
        m_table->setColumnWidth(c, fm.horizontalAdvance(samples.at(c)) + 24);
}

int AuditTableView::currentRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return rows.isEmpty() ? -1 : m_table->currentIndex().row();
    return rows.first().row();
}

void AuditTableView::exportCsv() {
    if (!m_allowed || !m_model->isActive() || m_job->isRunning())
        return;
    const QString suggested =
        QStringLiteral("%1-%2.csv")
            .arg(m_exportName, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    QString path = m_pathProvider ? m_pathProvider(this, suggested) : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_exportPath = path;
    m_lastResult.clear();
    m_job->start(path);
    updateStatus();
}

void AuditTableView::copySelection() {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList texts;
    for (int row : rows)
        texts.append(m_model->rowAsText(row));
    if (texts.isEmpty())
        return;
    QApplication::clipboard()->setText(texts.join(QStringLiteral("\n\n")));
    m_lastResult = tr("Copied %n row(s)", nullptr, int(texts.size()));
    updateStatus();
}

void AuditTableView::updateStatus() {
    QString text;
    const QLocale locale;
    if (!m_allowed) {
        text.clear();
    } else if (m_job->isRunning()) {
        // Plural by the total ("1 of 1 entry"); %Ln formats it in the user's locale.
        text = tr("Exporting… %1 of %Ln entries", nullptr, int(m_job->expected()))
                   .arg(locale.toString(m_job->written()));
    } else if (!m_model->errorText().isEmpty()) {
        text = m_model->errorText();
    } else if (m_model->isLoading() && m_model->rowCount() == 0) {
        text = tr("Loading…");
    } else if (m_model->isActive()) {
        const qint64 total = m_model->totalCount();
        text = total == 0 ? tr("No entries match the filters.")
                          : tr("%1 of %Ln entries loaded", nullptr, int(total))
                                .arg(locale.toString(m_model->rowCount()));
        if (m_model->newerCount() > 0)
            text +=
                tr(" · %n newer row(s): Refresh to see them", nullptr, int(m_model->newerCount()));
        if (m_model->isLoading())
            text += tr(" · loading more…");
    }
    if (!m_lastResult.isEmpty() && !m_job->isRunning())
        text = text.isEmpty() ? m_lastResult : QString(text + QStringLiteral(" · ") + m_lastResult);
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    updateButtons();
}

void AuditTableView::updateButtons() {
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_copy->setEnabled(m_allowed && hasSelection);
    m_export->setEnabled(m_allowed && m_model->isActive() && !m_job->isRunning());
    m_refresh->setEnabled(m_allowed && m_model->isActive());
    const QString why = m_allowed ? QString() : m_denied->text();
    for (QPushButton *b : {m_copy, m_export, m_refresh})
        b->setAccessibleDescription(why);
}

} // namespace vd::ui
