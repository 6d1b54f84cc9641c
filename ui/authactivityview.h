// SPDX-License-Identifier: MIT
// Authentication Activity: filters (user, result, date) above the log of authentication
// entries. Global (Snapshot > Authentication Activity) or one user's (on the user record).
#pragma once

#include "dto.h"

#include <QWidget>

namespace vd::app {
class ApiClient;
class AuthAuditModel;
class Clock;
} // namespace vd::app

namespace vd::ui {

class AuditFilterBar;
class AuditTableView;

class AuthActivityView : public QWidget {
    Q_OBJECT
public:
    // Not owned: `api`, `clock` (may be nullptr: the system clock).
    AuthActivityView(app::ApiClient *api, const app::Clock *clock, QWidget *parent = nullptr);

    // Only this user's entries, without a user field.
    void setFixedUser(const QString &userId);
    // audit: view shows and loads the log; without it the view says why.
    void setPermissions(const protocol::Permissions &permissions);

    app::AuthAuditModel *model() const { return m_model; }
    AuditFilterBar *filterBar() const { return m_filters; }
    AuditTableView *tableView() const { return m_view; }

public Q_SLOTS:
    // Reloads the newest entries (a verification of this console ended).
    void refresh();

private:
    app::AuthAuditModel *m_model;
    AuditFilterBar *m_filters;
    AuditTableView *m_view;
};

} // namespace vd::ui
