// SPDX-License-Identifier: MIT
// AuthAuditModel: columns and texts of authentication entries.
#include "authauditmodel.h"

namespace vd::app {

AuthAuditModel::AuthAuditModel(ApiClient *api, QObject *parent)
    : AuditTableModel(api, parent) {}

AuthAuditModel::~AuthAuditModel() = default;

QString AuthAuditModel::title(Column column, TimeStyle style) {
    switch (column) {
    case TimeColumn:
        return style == TimeStyle::Utc ? tr("Time (UTC)") : tr("Time");
    case UserColumn:
        return tr("User");
    case TokenColumn:
        return tr("Token");
    case ResourceColumn:
        return tr("Resource");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    case TicketColumn:
        return tr("Ticket");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuthAuditModel::text(const protocol::AuthAuditEntry &e, Column column, TimeStyle style) {
    switch (column) {
    case TimeColumn:
        return style == TimeStyle::Utc ? utcTimeText(e.time) : localTimeText(e.time);
    case UserColumn:
        return e.userId;
    case TokenColumn:
        return e.tokenSerial;
    case ResourceColumn:
        return e.resourceName;
    case ResultColumn:
        // Success / Failure exactly as the spec names them: evidence, not a UI string.
        return e.result;
    case MessageColumn:
        return e.message;
    case TicketColumn:
        return e.ticket.value_or(QString());
    case ColumnCount:
        break;
    }
    return {};
}

QStringList AuthAuditModel::texts(const protocol::AuthAuditEntry &e, TimeStyle style) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells.append(text(e, Column(c), style));
    return cells;
}

QString AuthAuditModel::columnTitle(int column, TimeStyle style) const {
    return title(Column(column), style);
}

QString AuthAuditModel::cellText(int row, int column, TimeStyle style) const {
    return text(m_entries.at(row), Column(column), style);
}

AuditTableModel::Tone AuthAuditModel::toneAt(int row) const {
    const QString &result = m_entries.at(row).result;
    if (result == QLatin1String(wire::AuthResultSuccess))
        return Tone::Success;
    if (result == QLatin1String(wire::AuthResultFailure))
        return Tone::Failure;
    return Tone::Neutral;
}

ApiClient::CallId AuthAuditModel::requestPage(const AuditQuery &query, quint64 sequence) {
    return api()->authenticationAudit(
        query, this,
        [this, sequence](const ApiResult<protocol::Page<protocol::AuthAuditEntry>> &r) {
            acceptPage(sequence, r, m_entries);
        });
}

ApiClient::CallId AuthAuditModel::fetchTextPage(const AuditQuery &query, QObject *context,
                                                TextPageCallback done) const {
    return api()->authenticationAudit(
        query, context,
        [done = std::move(done)](const ApiResult<protocol::Page<protocol::AuthAuditEntry>> &r) {
            done(textPage(
                r, [](const protocol::AuthAuditEntry &e) { return texts(e, TimeStyle::Utc); }));
        });
}

} // namespace vd::app
