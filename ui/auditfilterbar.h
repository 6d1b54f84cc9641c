// SPDX-License-Identifier: MIT
// The filters above an audit log: user (authentication) or operator and action type
// (operator), the result (authentication), and a date range. Emits the AuditQuery to load.
#pragma once

#include "apiclient.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace vd::app {
class Clock;
}

namespace vd::ui {

class AuditFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Authentication, Operator };

    // `clock` (not owned) dates the relative periods ("Last 24 hours").
    AuditFilterBar(Kind kind, const app::Clock *clock, QWidget *parent = nullptr);

    // The user record shows one user's entries: no user field then.
    void setFixedUser(const QString &userId);
    app::AuditQuery query() const;
    void clearFilters();

    QLineEdit *textField() const { return m_text; }   // user id or operator
    QComboBox *choiceBox() const { return m_choice; } // result or action type
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void queryChanged(const vd::app::AuditQuery &query);

private:
    void emitChanged();
    void updateCustomDates();

    Kind m_kind;
    const app::Clock *m_clock;
    QString m_fixedUser;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QComboBox *m_period = nullptr;
    QWidget *m_custom = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QTimer *m_typing = nullptr;
    app::AuditQuery m_last;
};

} // namespace vd::ui
