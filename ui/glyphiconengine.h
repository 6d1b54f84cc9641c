// SPDX-License-Identifier: MIT
// Icons drawn as vectors at the size asked for, so they stay crisp at 100 % and 200 % scale.
#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>

namespace vd::ui {

enum class Glyph {
    Success,  // filled circle with a check mark
    Failure,  // filled circle with a cross
    Warning,  // triangle with an exclamation mark
    TimedOut, // clock face
    Close,    // plain ✕ for close buttons
    Search,   // magnifier
    Phone,    // mobile device with a push badge
    Dot,      // filled circle (status indicators)
    App,      // the application mark
};

class GlyphIconEngine : public QIconEngine {
public:
    GlyphIconEngine(Glyph glyph, QColor colour);

    static QIcon icon(Glyph glyph, const QColor &colour = {});

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    Glyph m_glyph;
    QColor m_colour;
};

} // namespace vd::ui
