// SPDX-License-Identifier: MIT
// Hyperlink-style cells for item views.
#include "linkdelegate.h"

#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace vd::ui {

LinkDelegate::LinkDelegate(QAbstractItemView *view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_column(column) {
    view->setItemDelegateForColumn(column, this);
    view->setMouseTracking(true);
    m_viewport->installEventFilter(this);
}

bool LinkDelegate::isLink(const QModelIndex &index) const {
    return index.isValid() && index.column() == m_column &&
           !index.data(Qt::DisplayRole).toString().isEmpty();
}

void LinkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.font.setUnderline(true);
    // On a selected row the highlight colour wins, otherwise the text would vanish.
    if (!(opt.state & QStyle::State_Selected)) {
        const QColor link = Theme::link();
        opt.palette.setColor(QPalette::Text,
                             index == m_hovered ? Theme::colours().linkHover : link);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

bool LinkDelegate::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_viewport)
        return QStyledItemDelegate::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(me->position().toPoint());
        const QModelIndex hovered = isLink(index) ? index : QModelIndex();
        if (hovered != QModelIndex(m_hovered)) {
            if (m_hovered.isValid())
                m_view->update(m_hovered);
            m_hovered = hovered;
            if (hovered.isValid()) {
                m_view->viewport()->setCursor(Qt::PointingHandCursor);
                m_view->update(hovered);
            } else {
                m_view->viewport()->unsetCursor();
            }
        }
        break;
    }
    case QEvent::Leave:
        if (m_hovered.isValid())
            m_view->update(m_hovered);
        m_hovered = QModelIndex();
        m_view->viewport()->unsetCursor();
        break;
    case QEvent::MouseButtonPress: {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(me->position().toPoint());
        m_pressed = (me->button() == Qt::LeftButton && isLink(index)) ? index : QModelIndex();
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(me->position().toPoint());
        // Press and release on the same link, like a real hyperlink; a drag off it cancels.
        const bool activate =
            me->button() == Qt::LeftButton && m_pressed.isValid() && index == m_pressed;
        m_pressed = QModelIndex();
        if (activate)
            Q_EMIT linkActivated(index);
        break;
    }
    default:
        break;
    }
    return false;
}

} // namespace vd::ui
