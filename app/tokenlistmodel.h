// SPDX-License-Identifier: MIT
// The Authentication Methods list of a user record (Serial, Type, State, Push).
#pragma once

#include "dto.h"

#include <QAbstractTableModel>
#include <QList>

namespace vd::app {

class TokenListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SerialColumn, TypeColumn, StateColumn, PushColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SerialRole = Qt::UserRole + 1 }; // the row's serial in every column

    explicit TokenListModel(QObject *parent = nullptr);
    ~TokenListModel() override;

    void setTokens(const QList<protocol::Token> &tokens);
    const QList<protocol::Token> &tokens() const;
    protocol::Token tokenAt(int row) const;
    int rowOfSerial(const QString &serial) const; // -1 when absent
    // Replaces the token with the same serial (after a PATCH or an action).
    void updateToken(const protocol::Token &token);

    static QString typeText(wire::TokenType type);
    static QString stateText(wire::TokenState state);
    static QString pushText(bool pushEnabled);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<protocol::Token> m_tokens;
};

} // namespace vd::app
