// SPDX-License-Identifier: MIT
// The console's visual style in one place: Fusion, a calm palette, the result tones.
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QIcon;

namespace vd::ui {

// The meaning a piece of UI conveys; colours follow from it, never the other way round.
enum class Tone { Neutral, Success, Failure, Warning };

struct ToneColours {
    QColor foreground; // text on `background`
    QColor background;
    QColor border;
    QColor accent; // icon fill
};

class Theme {
public:
    // Fusion style, the palette and the stylesheet; call once after QApplication exists.
    static void apply(QApplication &app);

    // The application mark from resources/icons (window, taskbar, about box).
    static QIcon applicationIcon();

    static ToneColours tone(Tone t);
    static QColor link();
    static QColor accent();
    static QColor mutedText();
    static QColor windowBackground();
    static QColor panelBackground();
    static QColor frame();

    // WCAG 2.x contrast ratio (1 … 21) between two opaque colours.
    static double contrastRatio(const QColor &a, const QColor &b);
    static QString styleSheet();

    // Name of the dynamic property the stylesheet keys tone-dependent rules on.
    static const char *toneProperty();
    static QString toneName(Tone t);
};

} // namespace vd::ui
