// SPDX-License-Identifier: MIT
// Vector status glyphs for the device window.
#include "statusicon.h"

#include <QPainter>
#include <QPainterPath>

namespace vd::device {

StatusIcon::StatusIcon(int diameter, QWidget *parent)
    : QWidget(parent)
    , m_diameter(diameter) {
    setFixedSize(diameter, diameter);
    setAttribute(Qt::WA_TranslucentBackground);
}

void StatusIcon::setGlyph(Glyph glyph, const QColor &foreground, const QColor &background) {
    m_glyph = glyph;
    m_foreground = foreground;
    m_background = background;
    update();
}

QSize StatusIcon::sizeHint() const {
    return {m_diameter, m_diameter};
}

void StatusIcon::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal d = m_diameter;
    p.setPen(Qt::NoPen);
    p.setBrush(m_background);
    p.drawEllipse(QRectF(0, 0, d, d));

    // Glyphs are drawn in a 100×100 box scaled to the circle.
    p.scale(d / 100.0, d / 100.0);
    QPen pen(m_foreground, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (m_glyph) {
    case Glyph::Shield: {
        QPainterPath shield;
        shield.moveTo(50, 22);
        shield.lineTo(73, 31);
        shield.cubicTo(73, 55, 65, 70, 50, 79);
        shield.cubicTo(35, 70, 27, 55, 27, 31);
        shield.closeSubpath();
        p.setPen(QPen(m_foreground, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(shield);
        QPainterPath tick;
        tick.moveTo(40, 50);
        tick.lineTo(47, 57);
        tick.lineTo(61, 42);
        p.drawPath(tick);
        break;
    }
    case Glyph::Check: {
        QPainterPath tick;
        tick.moveTo(30, 52);
        tick.lineTo(44, 66);
        tick.lineTo(71, 37);
        p.drawPath(tick);
        break;
    }
    case Glyph::Cross:
        p.drawLine(QPointF(35, 35), QPointF(65, 65));
        p.drawLine(QPointF(65, 35), QPointF(35, 65));
        break;
    case Glyph::Clock:
        p.setPen(QPen(m_foreground, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawEllipse(QRectF(27, 27, 46, 46));
        p.drawLine(QPointF(50, 50), QPointF(50, 36));
        p.drawLine(QPointF(50, 50), QPointF(60, 56));
        break;
    case Glyph::Info:
        p.drawLine(QPointF(50, 46), QPointF(50, 68));
        p.setPen(Qt::NoPen);
        p.setBrush(m_foreground);
        p.drawEllipse(QRectF(45, 28, 10, 10));
        break;
    }
}

} // namespace vd::device
