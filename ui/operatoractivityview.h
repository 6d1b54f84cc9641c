// SPDX-License-Identifier: MIT
// Operator Activity: filters (operator, action type, date) above the log of operator entries,
// and below it the trail of the selected entry's verification: its dispatch and outcome
// entries and every follow-up action that names it.
#pragma once

#include "dto.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace vd::app {
class ApiClient;
class Clock;
class OperatorAuditModel;
} // namespace vd::app

namespace vd::ui {

class AuditFilterBar;
class AuditTableView;

class OperatorActivityView : public QWidget {
    Q_OBJECT
public:
    // Not owned: `api`, `clock` (may be nullptr: the system clock).
    OperatorActivityView(app::ApiClient *api, const app::Clock *clock, QWidget *parent = nullptr);

    void setPermissions(const protocol::Permissions &permissions);

    app::OperatorAuditModel *model() const { return m_model; }
    app::OperatorAuditModel *trailModel() const { return m_trail; }
    AuditFilterBar *filterBar() const { return m_filters; }
    AuditTableView *tableView() const { return m_view; }
    QTableView *trailTable() const { return m_trailTable; }
    QLabel *trailSummary() const { return m_summary; }

public Q_SLOTS:
    void refresh();

private:
    QWidget *buildTrail();
    void showTrail(int row);
    void updateSummary();

    app::OperatorAuditModel *m_model;
    app::OperatorAuditModel *m_trail;
    AuditFilterBar *m_filters;
    AuditTableView *m_view;
    QLabel *m_trailTitle = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_trailTable = nullptr;
    bool m_allowed = false;
};

} // namespace vd::ui
