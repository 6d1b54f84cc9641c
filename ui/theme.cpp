// SPDX-License-Identifier: MIT
// Palette, tone colours and the scoped stylesheet of the console.
#include "theme.h"

#include "consolestyle.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <cmath>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

// Q_INIT_RESOURCE must run at global scope; a static library's resources are otherwise
// dropped by the linker because nothing references them.
static void initConsoleResources() {
    Q_INIT_RESOURCE(verifydesk);
}

namespace vd::ui {
namespace {

QColor hex(const char *rgb) {
    return QColor(QLatin1String(rgb));
}

// Chosen so every pair of contrastPairs() meets WCAG AA; tst_theme checks each scheme.
SchemeColours lightColours() {
    SchemeColours c;
    c.text = hex("#1f2933");
    c.muted = hex("#4a5563");
    c.window = hex("#f3f5f8");
    c.base = hex("#ffffff");
    c.alternateBase = hex("#f6f8fb");
    c.button = hex("#fbfcfd");
    c.frame = hex("#c5cdd8");
    c.accent = hex("#1f5fbf");
    c.onAccent = hex("#ffffff");
    c.primaryHover = hex("#1a56b0");
    c.primaryPressed = hex("#164a98");
    c.primaryBorder = hex("#174a96");
    c.primaryFocus = hex("#0f2a5c");
    c.link = hex("#0b57d0");
    c.linkHover = hex("#084298");
    c.disabledText = hex("#636c77");
    c.placeholder = hex("#6b7580");
    c.toolTipBase = hex("#ffffe8");
    c.numberText = hex("#0f2a5c");
    c.numberBackground = hex("#eef4ff");
    c.avatarText = hex("#174a96");
    c.avatarBackground = hex("#dce7f7");
    c.neutral = {c.text, hex("#eef2f7"), c.frame, c.muted};
    c.success = {hex("#1b5e20"), hex("#e8f5e9"), hex("#6db377"), hex("#2e7d32")};
    c.failure = {hex("#a31a1a"), hex("#fdecec"), hex("#e39191"), hex("#c62828")};
    c.warning = {hex("#7a4600"), hex("#fff4dc"), hex("#e2b04a"), hex("#b86e00")};
    return c;
}

SchemeColours darkColours() {
    SchemeColours c;
    c.text = hex("#e6e9ee");
    c.muted = hex("#a9b3c0");
    c.window = hex("#1c2026");
    c.base = hex("#14171b");
    c.alternateBase = hex("#1a1e23");
    c.button = hex("#262b32");
    c.frame = hex("#4b5563");
    c.accent = hex("#2f6fd0");
    c.onAccent = hex("#ffffff");
    c.primaryHover = hex("#2a63bb");
    c.primaryPressed = hex("#255aa8");
    c.primaryBorder = hex("#5b8fe0");
    c.primaryFocus = hex("#dbe7ff");
    c.link = hex("#8ab4f8");
    c.linkHover = hex("#aecbfa");
    c.disabledText = hex("#8f99a6");
    c.placeholder = hex("#8f99a6");
    c.toolTipBase = hex("#2b3138");
    c.numberText = hex("#dbe7ff");
    c.numberBackground = hex("#1e2d4a");
    c.avatarText = hex("#cfe0ff");
    c.avatarBackground = hex("#2a3a55");
    c.neutral = {c.text, hex("#232830"), c.frame, c.muted};
    c.success = {hex("#9be3ab"), hex("#15321d"), hex("#3f8a52"), hex("#4cc267")};
    c.failure = {hex("#ffb3b3"), hex("#3d1717"), hex("#b85c5c"), hex("#f06464")};
    c.warning = {hex("#ffd98a"), hex("#3a2a0c"), hex("#b88a2a"), hex("#f0b440")};
    return c;
}

// White on black with yellow for what acts, as Windows' "High Contrast Black" does.
SchemeColours highContrastColours() {
    SchemeColours c;
    c.text = hex("#ffffff");
    c.muted = hex("#e6e6e6");
    c.window = hex("#000000");
    c.base = hex("#000000");
    c.alternateBase = hex("#0d0d0d");
    c.button = hex("#000000");
    c.frame = hex("#ffffff");
    c.accent = hex("#ffff00");
    c.onAccent = hex("#000000");
    c.primaryHover = hex("#ffff66");
    c.primaryPressed = hex("#e6e600");
    c.primaryBorder = hex("#ffffff");
    c.primaryFocus = hex("#1aebff");
    c.link = hex("#88ccff");
    c.linkHover = hex("#1aebff");
    c.disabledText = hex("#c0c0c0");
    c.placeholder = hex("#d0d0d0");
    c.toolTipBase = hex("#000000");
    c.numberText = hex("#ffffff");
    c.numberBackground = hex("#000000");
    c.avatarText = hex("#000000");
    c.avatarBackground = hex("#ffff00");
    c.neutral = {c.text, c.base, c.frame, c.text};
    c.success = {hex("#7dff8f"), c.base, hex("#7dff8f"), hex("#7dff8f")};
    c.failure = {hex("#ff9090"), c.base, hex("#ff9090"), hex("#ff9090")};
    c.warning = {hex("#ffe066"), c.base, hex("#ffe066"), hex("#ffe066")};
    return c;
}

Scheme g_scheme = Scheme::Light;

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool platformAsksForHighContrast() {
#ifdef Q_OS_WIN
    HIGHCONTRASTW hc{};
    hc.cbSize = sizeof(hc);
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof(hc), &hc, 0) &&
           (hc.dwFlags & HCF_HIGHCONTRASTON);
#else
    return false;
#endif
}

} // namespace

const SchemeColours &Theme::colours(Scheme scheme) {
    static const SchemeColours light = lightColours();
    static const SchemeColours dark = darkColours();
    static const SchemeColours high = highContrastColours();
    switch (scheme) {
    case Scheme::Dark:
        return dark;
    case Scheme::HighContrast:
        return high;
    case Scheme::Light:
        break;
    }
    return light;
}

const SchemeColours &Theme::colours() {
    return colours(g_scheme);
}

Scheme Theme::scheme() {
    return g_scheme;
}

Scheme Theme::detect(const QPalette &platform) {
    const QColor window = platform.color(QPalette::Window);
    const QColor text = platform.color(QPalette::WindowText);
    // Ordinary light themes stay below 20:1 (Fusion 18:1, Adwaita 19.6:1); only the
    // high-contrast ones are pure black and white.
    if (platformAsksForHighContrast() || contrastRatio(window, text) > 20.5)
        return Scheme::HighContrast;
    return window.lightness() < text.lightness() ? Scheme::Dark : Scheme::Light;
}

ToneColours Theme::tone(Tone t) {
    const SchemeColours &c = colours();
    switch (t) {
    case Tone::Success:
        return c.success;
    case Tone::Failure:
        return c.failure;
    case Tone::Warning:
        return c.warning;
    case Tone::Neutral:
        break;
    }
    return c.neutral;
}

QColor Theme::link() {
    return colours().link;
}
QColor Theme::accent() {
    return colours().accent;
}
QColor Theme::mutedText() {
    return colours().muted;
}
QColor Theme::windowBackground() {
    return colours().window;
}
QColor Theme::panelBackground() {
    return colours().base;
}
QColor Theme::frame() {
    return colours().frame;
}

QList<ContrastPair> Theme::contrastPairs(Scheme scheme) {
    const SchemeColours &c = colours(scheme);
    QList<ContrastPair> pairs{
        {QStringLiteral("text on window"), c.text, c.window},
        {QStringLiteral("text on base"), c.text, c.base},
        {QStringLiteral("text on alternate rows"), c.text, c.alternateBase},
        {QStringLiteral("button text"), c.text, c.button},
        {QStringLiteral("tooltip"), c.text, c.toolTipBase},
        {QStringLiteral("muted on window"), c.muted, c.window},
        {QStringLiteral("muted on base"), c.muted, c.base},
        {QStringLiteral("link on base"), c.link, c.base},
        {QStringLiteral("link on alternate rows"), c.link, c.alternateBase},
        {QStringLiteral("hovered link"), c.linkHover, c.base},
        {QStringLiteral("selection"), c.onAccent, c.accent},
        {QStringLiteral("primary button"), c.onAccent, c.accent},
        {QStringLiteral("primary button hovered"), c.onAccent, c.primaryHover},
        {QStringLiteral("primary button pressed"), c.onAccent, c.primaryPressed},
        {QStringLiteral("disabled primary button"), c.disabledText, c.neutral.background},
        {QStringLiteral("sign-in banner"), c.onAccent, c.accent},
        {QStringLiteral("placeholder"), c.placeholder, c.base},
        {QStringLiteral("greyed text on window (locked hint)"), c.disabledText, c.window},
        {QStringLiteral("greyed text on base (locked field)"), c.disabledText, c.base},
        {QStringLiteral("greyed button text"), c.disabledText, c.button},
        {QStringLiteral("verification number"), c.numberText, c.numberBackground, true},
        {QStringLiteral("avatar initials"), c.avatarText, c.avatarBackground, true},
    };
    const QList<QPair<QString, ToneColours>> tones{{QStringLiteral("neutral"), c.neutral},
                                                   {QStringLiteral("success"), c.success},
                                                   {QStringLiteral("failure"), c.failure},
                                                   {QStringLiteral("warning"), c.warning}};
    for (const auto &[name, t] : tones) {
        pairs.append({name + QStringLiteral(" result"), t.foreground, t.background});
        // Audit rows and the follow-up message colour the text only, on the table or panel.
        pairs.append({name + QStringLiteral(" text on base"), t.foreground, c.base});
        pairs.append({name + QStringLiteral(" text on window"), t.foreground, c.window});
        // A graphical object, not text: WCAG 1.4.11 asks 3:1, the large-text threshold.
        pairs.append({name + QStringLiteral(" icon"), t.accent, t.background, true});
    }
    return pairs;
}

double Theme::contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const char *Theme::toneProperty() {
    return "vdTone";
}

QString Theme::toneName(Tone t) {
    switch (t) {
    case Tone::Success:
        return QStringLiteral("success");
    case Tone::Failure:
        return QStringLiteral("failure");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QString Theme::styleSheet() {
    return styleSheet(g_scheme);
}

QString Theme::styleSheet(Scheme scheme) {
    const SchemeColours &c = colours(scheme);
    // Only named widgets are styled here; everything else is plain Fusion with the palette,
    // so native focus rectangles and metrics survive.
    QString css =
        QStringLiteral("QFrame#pushVerificationPanel { background: %1; border: 1px solid %2;"
                       " border-radius: 8px; }"
                       "QFrame#panelHeader { background: transparent; border: none;"
                       " border-bottom: 1px solid %2; border-radius: 0px; }"
                       "QLabel#verificationNumber { color: %10; background: %11;"
                       " border: 2px solid %3; border-radius: 10px; padding: 4px 22px; }"
                       "QLabel#fieldLabel, QLabel#hintLabel { color: %4; }"
                       "QLabel#countdown { color: %5; }"
                       "QLabel#warningNote { color: %9; }"
                       "QFrame#loginBanner { background: %3; border: none; }"
                       "QFrame#loginBanner QLabel { color: %12; }"
                       "QLabel#inlineError { color: %6; background: %7; border: 1px solid %8;"
                       " border-radius: 4px; padding: 6px 8px; }"
                       "QFrame#card { background: %1; border: 1px solid %2; border-radius: 6px; }")
            .arg(c.base.name(), c.frame.name(), c.accent.name(), c.muted.name(), c.text.name(),
                 c.failure.foreground.name(), c.failure.background.name(), c.failure.border.name(),
                 c.warning.foreground.name())
            .arg(c.numberText.name(), c.numberBackground.name(), c.onAccent.name());
    css += QStringLiteral("QPushButton#primaryButton { color: %1; background: %2;"
                          " border: 1px solid %3; border-radius: 4px; padding: 5px 16px;"
                          " min-height: 1.3em; }"
                          "QPushButton#primaryButton:hover { background: %4; }"
                          "QPushButton#primaryButton:pressed { background: %5; }"
                          "QPushButton#primaryButton:focus { border: 2px solid %6; }"
                          "QPushButton#primaryButton:disabled { color: %7; background: %8;"
                          " border-color: %9; }")
               .arg(c.onAccent.name(), c.accent.name(), c.primaryBorder.name(),
                    c.primaryHover.name(), c.primaryPressed.name(), c.primaryFocus.name(),
                    c.disabledText.name(), c.neutral.background.name(), c.frame.name());
    for (Tone t : {Tone::Neutral, Tone::Success, Tone::Failure, Tone::Warning}) {
        const ToneColours tc = t == Tone::Success   ? c.success
                               : t == Tone::Failure ? c.failure
                               : t == Tone::Warning ? c.warning
                                                    : c.neutral;
        const QString sel = QStringLiteral("QFrame#resultBanner[%1=\"%2\"]")
                                .arg(QLatin1String(toneProperty()), toneName(t));
        css += QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"
                              "%1 QLabel { color: %4; background: transparent; border: none; }")
                   .arg(sel, tc.background.name(), tc.border.name(), tc.foreground.name());
    }
    return css;
}

QIcon Theme::applicationIcon() {
    initConsoleResources();
    QIcon icon;
    for (int side : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/verifydesk-%1.png").arg(side), QSize(side, side));
    return icon;
}

void Theme::apply(QApplication &app) {
    // The first call sees the platform's palette; later calls keep what it found.
    static const Scheme platform = detect(app.palette());
    apply(app, platform);
}

void Theme::apply(QApplication &app, Scheme scheme) {
    g_scheme = scheme;
    const SchemeColours &c = colours(scheme);
    app.setWindowIcon(applicationIcon());
    app.setStyle(new ConsoleStyle);

    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::BrightText, c.onAccent);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.onAccent);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Mid, c.frame);
    p.setColor(QPalette::Dark, c.frame);
    p.setColor(QPalette::Light, c.button);
    p.setColor(QPalette::Midlight, c.button);
    p.setColor(QPalette::Shadow, scheme == Scheme::Light ? c.frame.darker(150) : QColor(Qt::black));
    // Greyed (and locked) text stays readable: 4.5:1 like any other text.
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.frame);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.text);
    app.setPalette(p);
    app.setStyleSheet(styleSheet(scheme));
}

} // namespace vd::ui
