// SPDX-License-Identifier: MIT
// AuditItemDelegate: tone colour and highlight.
#include "audititemdelegate.h"

#include "audittablemodel.h"
#include "operatorauditmodel.h"
#include "theme.h"

namespace vd::ui {

AuditItemDelegate::AuditItemDelegate(int toneColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_toneColumn(toneColumn) {}

void AuditItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    using T = app::AuditTableModel::Tone;
    if (index.column() == m_toneColumn) {
        const auto tone = T(index.data(app::AuditTableModel::ToneRole).toInt());
        if (tone != T::Neutral) {
            const Tone t = tone == T::Success ? Tone::Success : Tone::Failure;
            // Colour carries the meaning twice over (the text says it too), so it may be
            // missed without harm; the selected row keeps its own highlight colours.
            option->palette.setColor(QPalette::Text, Theme::tone(t).foreground);
            option->font.setBold(true);
        }
    }
    if (index.data(app::OperatorAuditModel::HighlightRole).toBool())
        option->font.setBold(true);
}

} // namespace vd::ui
