// SPDX-License-Identifier: MIT
// One audit log on screen: the read-only table (pages load as it scrolls), its status line,
// Export CSV… (the whole filtered view) and Copy row; in place of all of it, the reason when
// the operator lacks audit: view.
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace vd::app {
class AuditCsvExport;
class AuditTableModel;
} // namespace vd::app

namespace vd::ui {

class AuditTableView : public QWidget {
    Q_OBJECT
public:
    // Where to save an export; empty = cancelled. Tests give one that answers at once.
    using PathProvider = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    // `model` is not owned. `toneColumn` is drawn in green/red (-1: none). `exportName` is the
    // suggested file name without date and extension ("authentication-activity").
    AuditTableView(app::AuditTableModel *model, const QString &accessibleName, int toneColumn,
                   const QString &exportName, QWidget *parent = nullptr);
    ~AuditTableView() override;

    void setAllowed(bool allowed, const QString &reason = {});
    bool isAllowed() const { return m_allowed; }
    void setExportPathProvider(PathProvider provider);
    // Each column as wide as its sample text (the longest value it usually holds).
    void setColumnSamples(const QStringList &samples);

    QTableView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *deniedLabel() const { return m_denied; }
    app::AuditCsvExport *exportJob() const { return m_job; }
    app::AuditTableModel *model() const { return m_model; }
    int currentRow() const;

public Q_SLOTS:
    void exportCsv();
    void copySelection();

Q_SIGNALS:
    void currentRowChanged(int row); // -1 when nothing is selected
    void exported(const QString &path, int entries);

private:
    void updateStatus();
    void updateButtons();

    app::AuditTableModel *m_model;
    QString m_exportName;
    bool m_allowed = true;
    PathProvider m_pathProvider;
    app::AuditCsvExport *m_job;
    QString m_exportPath;
    QString m_lastResult;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_denied = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace vd::ui
