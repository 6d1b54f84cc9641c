// SPDX-License-Identifier: MIT
// Cells of the audit tables: the result/outcome column in its tone's colour (green Success,
// red Failure) and the highlighted entry in bold.
#pragma once

#include <QStyledItemDelegate>

namespace vd::ui {

class AuditItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `toneColumn`: the column drawn in the row's tone; -1 for none.
    AuditItemDelegate(int toneColumn, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_toneColumn;
};

} // namespace vd::ui
