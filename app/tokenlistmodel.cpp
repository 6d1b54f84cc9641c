// SPDX-License-Identifier: MIT
// TokenListModel: a read-only table over the user's tokens.
#include "tokenlistmodel.h"

namespace vd::app {

TokenListModel::TokenListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

TokenListModel::~TokenListModel() = default;

void TokenListModel::setTokens(const QList<protocol::Token> &tokens) {
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

const QList<protocol::Token> &TokenListModel::tokens() const {
    return m_tokens;
}

protocol::Token TokenListModel::tokenAt(int row) const {
    return row >= 0 && row < m_tokens.size() ? m_tokens.at(row) : protocol::Token{};
}

int TokenListModel::rowOfSerial(const QString &serial) const {
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).serial == serial)
            return i;
    }
    return -1;
}

void TokenListModel::updateToken(const protocol::Token &token) {
    const int row = rowOfSerial(token.serial);
    if (row < 0)
        return;
    m_tokens[row] = token;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString TokenListModel::typeText(wire::TokenType type) {
    switch (type) {
    case wire::TokenType::MobilePassPlus:
        return tr("MobilePASS+");
    case wire::TokenType::Hardware:
        return tr("Hardware");
    case wire::TokenType::Password:
        return tr("Password");
    case wire::TokenType::Sms:
        return tr("SMS");
    }
    return {};
}

QString TokenListModel::stateText(wire::TokenState state) {
    switch (state) {
    case wire::TokenState::Active:
        return tr("Active");
    case wire::TokenState::Suspended:
        return tr("Suspended");
    case wire::TokenState::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString TokenListModel::pushText(bool pushEnabled) {
    return pushEnabled ? tr("Enabled") : tr("Disabled");
}

int TokenListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_tokens.size())
        return {};
    const protocol::Token &t = m_tokens.at(index.row());
    if (role == SerialRole)
        return t.serial;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SerialColumn:
        return t.serial;
    case TypeColumn:
        return typeText(t.type);
    case StateColumn:
        return stateText(t.state);
    case PushColumn:
        // Push only means something for MobilePASS+; other types show nothing.
        return t.type == wire::TokenType::MobilePassPlus ? pushText(t.pushEnabled) : QString();
    default:
        return {};
    }
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SerialColumn:
        return tr("Serial");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case PushColumn:
        return tr("Push");
    default:
        return {};
    }
}

} // namespace vd::app
