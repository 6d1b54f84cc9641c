// SPDX-License-Identifier: MIT
// The Assignment tab: live user search and the Users results table.
#pragma once

#include "dto.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vd::app {
class UserSearchModel;
struct ApiFailure;
} // namespace vd::app

namespace vd::ui {

class AssignmentPage : public QWidget {
    Q_OBJECT
public:
    // `model` is not owned.
    explicit AssignmentPage(app::UserSearchModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *usersTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    // Ctrl+F: focus the search field with its text selected.
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Click on the User ID link, double-click or Enter on a row.
    void userActivated(const vd::protocol::User &user);

private:
    void activateRow(const QModelIndex &index);
    void updateSummary();
    void onSearchFailed(const app::ApiFailure &failure);

    app::UserSearchModel *m_model;
    QLineEdit *m_search = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QString m_failure;
};

} // namespace vd::ui
