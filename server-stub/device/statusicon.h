// SPDX-License-Identifier: MIT
// Vector status glyphs for the device window (shield, check, cross, clock, info), painted
// so the simulator needs no image resources and stays sharp at any scale.
#pragma once

#include <QColor>
#include <QWidget>

namespace vd::device {

class StatusIcon : public QWidget {
    Q_OBJECT
public:
    enum class Glyph { Shield, Check, Cross, Clock, Info };

    explicit StatusIcon(int diameter, QWidget *parent = nullptr);

    void setGlyph(Glyph glyph, const QColor &foreground, const QColor &background);
    Glyph glyph() const { return m_glyph; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_diameter;
    Glyph m_glyph = Glyph::Shield;
    QColor m_foreground = Qt::white;
    QColor m_background = Qt::darkBlue;
};

} // namespace vd::device
