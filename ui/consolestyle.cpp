// SPDX-License-Identifier: MIT
// Style tweaks on top of Fusion.
#include "consolestyle.h"

#include "glyphiconengine.h"
#include "theme.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace vd::ui {

ConsoleStyle::ConsoleStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

int ConsoleStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                            QStyleHintReturn *returnData) const {
    // Red crosses and green ticks on Close / Quit buttons read as results; keep buttons plain.
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const {
    if (element == PE_IndicatorTabClose && option) {
        const bool hot = option->state & (State_MouseOver | State_Sunken);
        if (hot) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(Theme::frame());
            painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
            painter->restore();
        }
        const QIcon icon = GlyphIconEngine::icon(
            Glyph::Close, hot ? Theme::tone(Tone::Failure).accent : Theme::mutedText());
        icon.paint(painter, option->rect.adjusted(2, 2, -2, -2));
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace vd::ui
