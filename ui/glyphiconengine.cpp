// SPDX-License-Identifier: MIT
// Vector glyphs for status, result and toolbar icons (no SVG plugin needed at run time).
#include "glyphiconengine.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace vd::ui {
namespace {

QColor defaultColour(Glyph g) {
    switch (g) {
    case Glyph::Success:
        return Theme::tone(Tone::Success).accent;
    case Glyph::Failure:
        return Theme::tone(Tone::Failure).accent;
    case Glyph::Warning:
    case Glyph::TimedOut:
        return Theme::tone(Tone::Warning).accent;
    case Glyph::App:
    case Glyph::Phone:
        return Theme::accent();
    case Glyph::Close:
    case Glyph::Search:
    case Glyph::Dot:
        break;
    }
    return Theme::mutedText();
}

QPen roundPen(const QColor &c, qreal width) {
    return QPen(c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void drawCheck(QPainter &p, const QRectF &r, const QColor &c, qreal w) {
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.28, r.top() + r.height() * 0.52);
    path.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.68);
    path.lineTo(r.left() + r.width() * 0.73, r.top() + r.height() * 0.36);
    p.setPen(roundPen(c, w));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

void drawCross(QPainter &p, const QRectF &r, qreal inset, const QColor &c, qreal w) {
    const QRectF x =
        r.adjusted(r.width() * inset, r.height() * inset, -r.width() * inset, -r.height() * inset);
    p.setPen(roundPen(c, w));
    p.drawLine(x.topLeft(), x.bottomRight());
    p.drawLine(x.topRight(), x.bottomLeft());
}

void drawGlyph(QPainter &p, Glyph g, const QRectF &rect, const QColor &c) {
    // A square, centred canvas with a small margin so strokes are never clipped.
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF inner = r.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
    const qreal stroke = std::max<qreal>(1.5, side * 0.11);

    switch (g) {
    case Glyph::Success:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(inner);
        drawCheck(p, inner, Qt::white, stroke);
        break;
    case Glyph::Failure:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(inner);
        drawCross(p, inner, 0.32, Qt::white, stroke);
        break;
    case Glyph::Warning: {
        QPainterPath tri;
        tri.moveTo(inner.center().x(), inner.top() + side * 0.04);
        tri.lineTo(inner.right(), inner.bottom() - side * 0.04);
        tri.lineTo(inner.left(), inner.bottom() - side * 0.04);
        tri.closeSubpath();
        p.setPen(roundPen(c, side * 0.06));
        p.setBrush(c);
        p.drawPath(tri);
        // Dark on the amber triangle in every scheme: on dark schemes the amber is light.
        const QColor mark = Theme::scheme() == Scheme::Light
                                ? Theme::tone(Tone::Warning).foreground.darker(130)
                                : Theme::colours().base;
        p.setPen(roundPen(mark, stroke));
        const qreal cx = inner.center().x();
        p.drawLine(QPointF(cx, inner.top() + side * 0.34), QPointF(cx, inner.top() + side * 0.58));
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        p.drawEllipse(QPointF(cx, inner.top() + side * 0.74), stroke * 0.6, stroke * 0.6);
        break;
    }
    case Glyph::TimedOut: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(inner);
        const QPointF centre = inner.center();
        p.setPen(roundPen(Qt::white, stroke * 0.85));
        p.drawLine(centre, QPointF(centre.x(), inner.top() + side * 0.22));
        p.drawLine(centre, QPointF(centre.x() + side * 0.2, centre.y() + side * 0.1));
        break;
    }
    case Glyph::Close:
        drawCross(p, r, 0.27, c, std::max<qreal>(1.5, side * 0.09));
        break;
    case Glyph::Search: {
        const qreal w = std::max<qreal>(1.5, side * 0.1);
        const QRectF lens(r.left() + side * 0.14, r.top() + side * 0.14, side * 0.5, side * 0.5);
        p.setPen(roundPen(c, w));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(lens);
        p.drawLine(QPointF(lens.right() - side * 0.05, lens.bottom() - side * 0.05),
                   QPointF(r.right() - side * 0.16, r.bottom() - side * 0.16));
        break;
    }
    case Glyph::Phone: {
        const QRectF body(r.left() + side * 0.24, r.top() + side * 0.08, side * 0.44, side * 0.84);
        p.setPen(roundPen(c, std::max<qreal>(1.2, side * 0.07)));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(body, side * 0.08, side * 0.08);
        p.drawLine(QPointF(body.center().x() - side * 0.06, body.bottom() - side * 0.1),
                   QPointF(body.center().x() + side * 0.06, body.bottom() - side * 0.1));
        const QRectF badge(r.right() - side * 0.42, r.top() + side * 0.02, side * 0.4, side * 0.4);
        p.setPen(QPen(Theme::panelBackground(), side * 0.05));
        p.setBrush(Theme::tone(Tone::Success).accent);
        p.drawEllipse(badge);
        drawCheck(p, badge, Qt::white, std::max<qreal>(1.0, side * 0.06));
        break;
    }
    case Glyph::Dot:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(r.center().x() - side * 0.3, r.center().y() - side * 0.3, side * 0.6,
                             side * 0.6));
        break;
    case Glyph::App: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(inner, side * 0.2, side * 0.2);
        // A shield carrying a check: "identity confirmed".
        QPainterPath shield;
        const qreal cx = inner.center().x();
        const qreal top = inner.top() + side * 0.17;
        const qreal bottom = inner.bottom() - side * 0.14;
        const qreal half = side * 0.26;
        shield.moveTo(cx, top);
        shield.lineTo(cx + half, top + side * 0.09);
        shield.cubicTo(cx + half, top + side * 0.42, cx + half * 0.6, bottom - side * 0.08, cx,
                       bottom);
        shield.cubicTo(cx - half * 0.6, bottom - side * 0.08, cx - half, top + side * 0.42,
                       cx - half, top + side * 0.09);
        shield.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(shield);
        drawCheck(p, QRectF(cx - half, top, half * 2, bottom - top), c,
                  std::max<qreal>(1.5, side * 0.08));
        break;
    }
    }
}

} // namespace

GlyphIconEngine::GlyphIconEngine(Glyph glyph, QColor colour)
    : m_glyph(glyph)
    , m_colour(colour.isValid() ? colour : defaultColour(glyph)) {}

QIcon GlyphIconEngine::icon(Glyph glyph, const QColor &colour) {
    return QIcon(new GlyphIconEngine(glyph, colour));
}

void GlyphIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) {
    QColor c = m_colour;
    if (mode == QIcon::Disabled) {
        // The greyed text colour, so a disabled icon reads like its disabled label; a grey
        // derived from the icon's own colour vanished for white icons on the greyed button.
        c = Theme::colours().disabledText;
    } else if (mode == QIcon::Active && m_glyph == Glyph::Close) {
        c = Theme::tone(Tone::Failure).accent;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    drawGlyph(*painter, m_glyph, QRectF(rect), c);
    painter->restore();
}

QPixmap GlyphIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) {
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(&p, QRect(QPoint(0, 0), size), mode, state);
    return pm;
}

QIconEngine *GlyphIconEngine::clone() const {
    return new GlyphIconEngine(m_glyph, m_colour);
}

QString GlyphIconEngine::key() const {
    return QStringLiteral("vd-glyph");
}

} // namespace vd::ui
