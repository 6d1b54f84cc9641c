// SPDX-License-Identifier: MIT
// Draws one column of a view as hyperlinks (link colour, underline, pointing hand) and
// reports a click on it, so "click the User ID" works like it does on the web console.
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace vd::ui {

class LinkDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // Installs itself on `column` of `view` and watches its viewport for hover and clicks.
    LinkDelegate(QAbstractItemView *view, int column);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

Q_SIGNALS:
    void linkActivated(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isLink(const QModelIndex &index) const;

    QAbstractItemView *m_view;
    // Kept apart from m_view: the viewport still sends events while the view is being
    // destroyed, when calling m_view->viewport() is undefined behaviour.
    QWidget *m_viewport;
    int m_column;
    QPersistentModelIndex m_hovered;
    QPersistentModelIndex m_pressed;
};

} // namespace vd::ui
