// SPDX-License-Identifier: MIT
// A user record: the user's details and the Authentication Methods list with Manage.
#pragma once

#include "dto.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace vd::app {
class ApiClient;
class TokenListModel;
} // namespace vd::app

namespace vd::ui {

class UserRecordWidget : public QWidget {
    Q_OBJECT
public:
    // `api` is not owned and may be nullptr (then only setDetail() fills the record).
    UserRecordWidget(app::ApiClient *api, const protocol::User &user, QWidget *parent = nullptr);

    const protocol::User &user() const { return m_user; }
    void setDetail(const protocol::UserDetail &detail);
    // After a token changed elsewhere (Manage dialog).
    void updateToken(const protocol::Token &token);
    // Another collapsible section below Authentication Methods (reparented to the record).
    void addSection(const QString &title, QWidget *content);

    QTableView *tokensTable() const { return m_table; }
    QPushButton *manageButton() const { return m_manage; }
    app::TokenListModel *tokenModel() const { return m_tokens; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void manageRequested(const vd::protocol::User &user, const vd::protocol::Token &token);

private:
    void renderUser();
    void requestManage();
    void updateManageEnabled();
    void setMessage(const QString &text);

    app::ApiClient *m_api;
    protocol::User m_user;
    app::TokenListModel *m_tokens;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_userId = nullptr;
    QLabel *m_email = nullptr;
    QToolButton *m_expander = nullptr;
    QWidget *m_methods = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_manage = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_message = nullptr;
    quint64 m_call = 0;
};

} // namespace vd::ui
