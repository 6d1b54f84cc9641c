// SPDX-License-Identifier: MIT
// Fusion with a few console touches: no icons on dialog buttons, a quiet tab close glyph.
#pragma once

#include <QProxyStyle>

namespace vd::ui {

class ConsoleStyle : public QProxyStyle {
    Q_OBJECT
public:
    ConsoleStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace vd::ui
