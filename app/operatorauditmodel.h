// SPDX-License-Identifier: MIT
// Operator Activity (GET /api/v1/audit/operator): Time, Operator, Action type, Phase, User,
// Token, Outcome, Ticket, Message; newest first, paged, filtered by operator, action type,
// time and verification.
#pragma once

#include "audittablemodel.h"

namespace vd::app {

class OperatorAuditModel : public AuditTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OperatorColumn,
        ActionTypeColumn,
        PhaseColumn,
        UserColumn,
        TokenColumn,
        OutcomeColumn,
        TicketColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // true on the highlighted entry's cells (a delegate draws them in bold).
    static constexpr int HighlightRole = ToneRole + 1;

    explicit OperatorAuditModel(ApiClient *api, QObject *parent = nullptr);
    ~OperatorAuditModel() override;

    const protocol::OperatorAuditEntry &entryAt(int row) const { return m_entries.at(row); }
    const QList<protocol::OperatorAuditEntry> &entries() const { return m_entries; }
    int rowOfEntry(const QString &id) const; // -1 when not loaded

    // One entry marked (the one selected in another view); empty for none.
    void setHighlightedEntry(const QString &id);
    QString highlightedEntry() const { return m_highlighted; }

    // One sentence over the loaded entries of one verification (a model filtered by
    // verificationId): who dispatched it when, its outcome, the follow-up actions it allowed.
    QString trailSummary() const;

    // Every action type the server writes, for the filter.
    static QStringList knownActionTypes();
    static QString phaseText(const std::optional<QString> &phase);
    static QString outcomeText(const std::optional<QString> &outcome);
    static QString title(Column column, TimeStyle style = TimeStyle::Local);
    static QString text(const protocol::OperatorAuditEntry &entry, Column column, TimeStyle style);
    static QStringList texts(const protocol::OperatorAuditEntry &entry, TimeStyle style);

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
    QString verificationIdAt(int row) const override {
        return m_entries.at(row).verificationId.value_or(QString());
    }
    QDateTime timeAt(int row) const override { return m_entries.at(row).time; }
    Tone toneAt(int row) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<protocol::OperatorAuditEntry> m_entries;
    QString m_highlighted;
};

} // namespace vd::app
