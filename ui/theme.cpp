// SPDX-License-Identifier: MIT
// Palette, tone colours and the scoped stylesheet of the console.
#include "theme.h"

#include "consolestyle.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <cmath>

// Q_INIT_RESOURCE must run at global scope; a static library's resources are otherwise
// dropped by the linker because nothing references them.
static void initConsoleResources() {
    Q_INIT_RESOURCE(verifydesk);
}

namespace vd::ui {
namespace {

// Colours chosen so every text/background pair meets WCAG AA (≥ 4.5:1); tst_theme checks it.
const QColor Text(0x1f, 0x29, 0x33);
const QColor Muted(0x4a, 0x55, 0x63);
const QColor Window(0xf3, 0xf5, 0xf8);
const QColor Base(0xff, 0xff, 0xff);
const QColor AlternateBase(0xf6, 0xf8, 0xfb);
const QColor Accent(0x1f, 0x5f, 0xbf);
const QColor Link(0x0b, 0x57, 0xd0);
const QColor Frame(0xc5, 0xcd, 0xd8);

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

ToneColours Theme::tone(Tone t) {
    switch (t) {
    case Tone::Success:
        return {QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9), QColor(0x6d, 0xb3, 0x77),
                QColor(0x2e, 0x7d, 0x32)};
    case Tone::Failure:
        return {QColor(0xa3, 0x1a, 0x1a), QColor(0xfd, 0xec, 0xec), QColor(0xe3, 0x91, 0x91),
                QColor(0xc6, 0x28, 0x28)};
    case Tone::Warning:
        return {QColor(0x7a, 0x46, 0x00), QColor(0xff, 0xf4, 0xdc), QColor(0xe2, 0xb0, 0x4a),
                QColor(0xb8, 0x6e, 0x00)};
    case Tone::Neutral:
        break;
    }
    return {Text, QColor(0xee, 0xf2, 0xf7), Frame, Muted};
}

QColor Theme::link() {
    return Link;
}
QColor Theme::accent() {
    return Accent;
}
QColor Theme::mutedText() {
    return Muted;
}
QColor Theme::windowBackground() {
    return Window;
}
QColor Theme::panelBackground() {
    return Base;
}
QColor Theme::frame() {
    return Frame;
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
    // Only named widgets are styled here; everything else is plain Fusion with the palette,
    // so native focus rectangles and metrics survive.
    QString css =
        QStringLiteral("QFrame#pushVerificationPanel { background: %1; border: 1px solid %2;"
                       " border-radius: 8px; }"
                       "QFrame#panelHeader { background: transparent; border: none;"
                       " border-bottom: 1px solid %2; border-radius: 0px; }"
                       "QLabel#verificationNumber { color: #0f2a5c; background: #eef4ff;"
                       " border: 2px solid %3; border-radius: 10px; padding: 4px 22px; }"
                       "QLabel#fieldLabel, QLabel#hintLabel { color: %4; }"
                       "QLabel#countdown { color: %5; }"
                       "QLabel#warningNote { color: %9; }"
                       "QFrame#loginBanner { background: %3; border: none; }"
                       "QFrame#loginBanner QLabel { color: #ffffff; }"
                       "QLabel#inlineError { color: %6; background: %7; border: 1px solid %8;"
                       " border-radius: 4px; padding: 6px 8px; }"
                       "QFrame#card { background: %1; border: 1px solid %2; border-radius: 6px; }"
                       "QPushButton#primaryButton { color: #ffffff; background: %3;"
                       " border: 1px solid #174a96; border-radius: 4px; padding: 5px 16px;"
                       " min-height: 1.3em; }"
                       "QPushButton#primaryButton:hover { background: #1a56b0; }"
                       "QPushButton#primaryButton:pressed { background: #164a98; }"
                       "QPushButton#primaryButton:focus { border: 2px solid #0f2a5c; }"
                       "QPushButton#primaryButton:disabled { color: #f3f5f8; background: #9aa8ba;"
                       " border-color: #9aa8ba; }")
            .arg(Base.name(), Frame.name(), Accent.name(), Muted.name(), Text.name(),
                 tone(Tone::Failure).foreground.name(), tone(Tone::Failure).background.name(),
                 tone(Tone::Failure).border.name(), tone(Tone::Warning).foreground.name());
    for (Tone t : {Tone::Neutral, Tone::Success, Tone::Failure, Tone::Warning}) {
        const ToneColours c = tone(t);
        const QString sel = QStringLiteral("QFrame#resultBanner[%1=\"%2\"]")
                                .arg(QLatin1String(toneProperty()), toneName(t));
        css += QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"
                              "%1 QLabel { color: %4; background: transparent; border: none; }")
                   .arg(sel, c.background.name(), c.border.name(), c.foreground.name());
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
    app.setWindowIcon(applicationIcon());
    app.setStyle(new ConsoleStyle);

    QPalette p;
    p.setColor(QPalette::Window, Window);
    p.setColor(QPalette::WindowText, Text);
    p.setColor(QPalette::Base, Base);
    p.setColor(QPalette::AlternateBase, AlternateBase);
    p.setColor(QPalette::Text, Text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, Text);
    p.setColor(QPalette::Highlight, Accent);
    p.setColor(QPalette::HighlightedText, Base);
    p.setColor(QPalette::Link, Link);
    p.setColor(QPalette::LinkVisited, Link);
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, Text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x75, 0x80));
    p.setColor(QPalette::Mid, Frame);
    const QColor disabledText(0x8a, 0x93, 0x9e);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x9a, 0xa5, 0xb1));
    app.setPalette(p);
    app.setStyleSheet(styleSheet());
}

} // namespace vd::ui
