// SPDX-License-Identifier: MIT
// Authentication Activity (GET /api/v1/audit/authentication): Time, User, Token, Resource,
// Result, Message, Ticket; newest first, paged, filtered by user, time and result.
#pragma once

#include "audittablemodel.h"

namespace vd::app {

class AuthAuditModel : public AuditTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        TokenColumn,
        ResourceColumn,
        ResultColumn,
        MessageColumn,
        TicketColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuthAuditModel(ApiClient *api, QObject *parent = nullptr);
    ~AuthAuditModel() override;

    const protocol::AuthAuditEntry &entryAt(int row) const { return m_entries.at(row); }
    const QList<protocol::AuthAuditEntry> &entries() const { return m_entries; }

    static QString title(Column column, TimeStyle style = TimeStyle::Local);
    static QString text(const protocol::AuthAuditEntry &entry, Column column, TimeStyle style);
    static QStringList texts(const protocol::AuthAuditEntry &entry, TimeStyle style);

    ApiClient::CallId fetchTextPage(const AuditQuery &query, QObject *context,
                                    TextPageCallback done) const override;

protected:
    int columns() const override { return ColumnCount; }
    int entryCount() const override { return int(m_entries.size()); }
    void clearEntries() override { m_entries.clear(); }
    ApiClient::CallId requestPage(const AuditQuery &query, quint64 sequence) override;
    QString columnTitle(int column, TimeStyle style) const override;
    QString cellText(int row, int column, TimeStyle style) const override;
    QString entryIdAt(int row) const override { return m_entries.at(row).id; }
    QString verificationIdAt(int row) const override { return m_entries.at(row).verificationId; }
    QDateTime timeAt(int row) const override { return m_entries.at(row).time; }
    Tone toneAt(int row) const override;

private:
    QList<protocol::AuthAuditEntry> m_entries;
};

} // namespace vd::app
