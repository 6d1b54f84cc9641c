// SPDX-License-Identifier: MIT
// OperatorAuditModel: columns and texts of operator entries.
#include "operatorauditmodel.h"

namespace vd::app {

using VS = wire::VerificationState;

OperatorAuditModel::OperatorAuditModel(ApiClient *api, QObject *parent)
    : AuditTableModel(api, parent) {}

OperatorAuditModel::~OperatorAuditModel() = default;

int OperatorAuditModel::rowOfEntry(const QString &id) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

void OperatorAuditModel::setHighlightedEntry(const QString &id) {
    if (m_highlighted == id)
        return;
    const int before = rowOfEntry(m_highlighted);
    m_highlighted = id;
    for (int row : {before, rowOfEntry(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {HighlightRole});
    }
}

QString OperatorAuditModel::trailSummary() const {
    const protocol::OperatorAuditEntry *dispatch = nullptr;
    const protocol::OperatorAuditEntry *outcome = nullptr;
    QStringList followUps;
    // Newest first: the follow-ups come before the outcome; list them oldest first.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->phase == QLatin1String(wire::PhaseDispatch))
            dispatch = &*it;
        else if (it->phase == QLatin1String(wire::PhaseOutcome))
            outcome = &*it;
        else
            followUps.append(it->actionType);
    }
    QStringList parts;
    if (dispatch)
        parts.append(tr("Dispatched by %1 at %2")
                         .arg(dispatch->operatorName, localTimeText(dispatch->time)));
    if (outcome)
        parts.append(tr("outcome %1 at %2")
                         .arg(outcomeText(outcome->outcome), localTimeText(outcome->time)));
    else if (dispatch)
        parts.append(tr("no outcome (cancelled or still pending)"));
    if (!followUps.isEmpty())
        parts.append(tr("%n follow-up action(s): %1", nullptr, int(followUps.size()))
                         .arg(followUps.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return {};
    QString sentence = parts.join(QStringLiteral("; "));
    sentence[0] = sentence[0].toUpper();
    return QString(sentence + QLatin1Char('.'));
}

QStringList OperatorAuditModel::knownActionTypes() {
    QStringList types{QString::fromLatin1(wire::ActionTypeHelpdeskPush)};
    for (auto a : {wire::FollowUpAction::Revoke, wire::FollowUpAction::Suspend,
                   wire::FollowUpAction::Resume, wire::FollowUpAction::ResetPin})
        types.append(wire::auditActionType(a));
    types.append(QString::fromLatin1(wire::ActionTypePolicyChange));
    types.append(QString::fromLatin1(wire::ActionTypeAccountChange));
    return types;
}

QString OperatorAuditModel::phaseText(const std::optional<QString> &phase) {
    if (!phase)
        return {};
    if (*phase == QLatin1String(wire::PhaseDispatch))
        return tr("Dispatch");
    if (*phase == QLatin1String(wire::PhaseOutcome))
        return tr("Outcome");
    return *phase;
}

QString OperatorAuditModel::outcomeText(const std::optional<QString> &outcome) {
    if (!outcome)
        return {};
    switch (wire::verificationStateFromWire(*outcome).value_or(VS::Pending)) {
    case VS::Approved:
        return tr("Approved");
    case VS::Denied:
        return tr("Denied");
    case VS::WrongNumber:
        return tr("Wrong number");
    case VS::TimedOut:
        return tr("Timed out");
    case VS::DispatchFailed:
        return tr("Dispatch failed");
    case VS::Pending:
    case VS::Cancelled:
        break;
    }
    return *outcome; // a value this console does not know yet: shown as the server wrote it
}

QString OperatorAuditModel::title(Column column, TimeStyle style) {
    switch (column) {
    case TimeColumn:
        return style == TimeStyle::Utc ? tr("Time (UTC)") : tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionTypeColumn:
        return tr("Action type");
    case PhaseColumn:
        return tr("Phase");
    case UserColumn:
        return tr("User");
    case TokenColumn:
        return tr("Token");
    case OutcomeColumn:
        return tr("Outcome");
    case TicketColumn:
        return tr("Ticket");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

QString OperatorAuditModel::text(const protocol::OperatorAuditEntry &e, Column column,
                                 TimeStyle style) {
    switch (column) {
    case TimeColumn:
        return style == TimeStyle::Utc ? utcTimeText(e.time) : localTimeText(e.time);
    case OperatorColumn:
        return e.operatorName;
    case ActionTypeColumn:
        return e.actionType;
    case PhaseColumn:
        return phaseText(e.phase);
    case UserColumn:
        return e.userId.value_or(QString());
    case TokenColumn:
        return e.tokenSerial.value_or(QString());
    case OutcomeColumn:
        return outcomeText(e.outcome);
    case TicketColumn:
        return e.ticket.value_or(QString());
    case MessageColumn:
        return e.message;
    case ColumnCount:
        break;
    }
    return {};
}

QStringList OperatorAuditModel::texts(const protocol::OperatorAuditEntry &e, TimeStyle style) {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells.append(text(e, Column(c), style));
    return cells;
}

QString OperatorAuditModel::columnTitle(int column, TimeStyle style) const {
    return title(Column(column), style);
}

QString OperatorAuditModel::cellText(int row, int column, TimeStyle style) const {
    return text(m_entries.at(row), Column(column), style);
}

AuditTableModel::Tone OperatorAuditModel::toneAt(int row) const {
    const auto &outcome = m_entries.at(row).outcome;
    if (!outcome)
        return Tone::Neutral;
    return *outcome == wire::toWire(VS::Approved) ? Tone::Success : Tone::Failure;
}

QVariant OperatorAuditModel::extraData(int row, int column, int role) const {
    if (role == HighlightRole)
        return !m_highlighted.isEmpty() && m_entries.at(row).id == m_highlighted;
    return AuditTableModel::extraData(row, column, role);
}

ApiClient::CallId OperatorAuditModel::requestPage(const AuditQuery &query, quint64 sequence) {
    return api()->operatorAudit(
        query, this,
        [this, sequence](const ApiResult<protocol::Page<protocol::OperatorAuditEntry>> &r) {
            acceptPage(sequence, r, m_entries);
        });
}

ApiClient::CallId OperatorAuditModel::fetchTextPage(const AuditQuery &query, QObject *context,
                                                    TextPageCallback done) const {
    return api()->operatorAudit(
        query, context,
        [done = std::move(done)](const ApiResult<protocol::Page<protocol::OperatorAuditEntry>> &r) {
            done(textPage(
                r, [](const protocol::OperatorAuditEntry &e) { return texts(e, TimeStyle::Utc); }));
        });
}

} // namespace vd::app
