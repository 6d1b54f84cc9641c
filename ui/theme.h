// SPDX-License-Identifier: MIT
// The console's visual style in one place: Fusion, a calm palette per colour scheme (light,
// dark, high contrast), the result tones.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QApplication;
class QIcon;
class QPalette;

namespace vd::ui {

// The meaning a piece of UI conveys; colours follow from it, never the other way round.
enum class Tone { Neutral, Success, Failure, Warning };

// The desktop's look the console follows: picked from the system at start-up.
enum class Scheme { Light, Dark, HighContrast };

struct ToneColours {
    QColor foreground; // text on `background`
    QColor background;
    QColor border;
    QColor accent; // icon fill
};

// Every colour the console paints with, for one scheme.
struct SchemeColours {
    QColor text, muted, window, base, alternateBase, button, frame;
    QColor accent, onAccent; // primary buttons, banners, selection: background and its text
    QColor primaryHover, primaryPressed, primaryBorder, primaryFocus;
    QColor link, linkHover;
    QColor disabledText; // greyed and locked controls ("Set by your administrator")
    QColor placeholder, toolTipBase;
    QColor numberText, numberBackground; // the verification number
    QColor avatarText, avatarBackground;
    ToneColours neutral, success, failure, warning;
};

// One foreground/background pair the console draws, for the contrast check.
struct ContrastPair {
    QString what;
    QColor foreground;
    QColor background;
    bool largeText = false; // ≥ 18 pt, or ≥ 14 pt bold: WCAG AA asks 3:1 instead of 4.5:1
};

class Theme {
public:
    // Fusion style, the palette and the stylesheet of the system's scheme; call once after
    // QApplication exists. The second form forces a scheme (tests, screenshots).
    static void apply(QApplication &app);
    static void apply(QApplication &app, Scheme scheme);

    // Dark when the platform's window colour is darker than its text; high contrast when the
    // platform asks for it (Windows) or its palette is pure black on white or white on black.
    static Scheme detect(const QPalette &platform);
    static Scheme scheme();
    static const SchemeColours &colours(Scheme scheme);
    static const SchemeColours &colours(); // of the applied scheme
    // Every text/background pair of a scheme's palette, stylesheet and painted widgets.
    static QList<ContrastPair> contrastPairs(Scheme scheme);

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
    static QString styleSheet(Scheme scheme);
    static QString styleSheet();

    // Name of the dynamic property the stylesheet keys tone-dependent rules on.
    static const char *toneProperty();
    static QString toneName(Tone t);
};

} // namespace vd::ui
