// SPDX-License-Identifier: MIT
// Theme: WCAG AA contrast of every colour pair the console paints, in the light, dark and
// high-contrast schemes; the scheme follows the platform; glyph icons render at 100 % and 200 %.
#include "consolestyle.h"
#include "glyphiconengine.h"
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using vd::ui::Glyph;
using vd::ui::GlyphIconEngine;
using vd::ui::Scheme;
using vd::ui::Theme;
using vd::ui::Tone;

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula() {
        QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic 4.54:1 boundary case.
        QVERIFY(qAbs(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void toneContrast_data() {
        QTest::addColumn<Tone>("tone");
        QTest::newRow("success") << Tone::Success;
        QTest::newRow("failure") << Tone::Failure;
        QTest::newRow("warning") << Tone::Warning;
        QTest::newRow("neutral") << Tone::Neutral;
    }
    void toneContrast() {
        QFETCH(Tone, tone);
        const vd::ui::ToneColours c = Theme::tone(tone);
        // Result texts are body text: AA needs 4.5:1.
        QVERIFY2(Theme::contrastRatio(c.foreground, c.background) >= 4.5,
                 qPrintable(QString::number(Theme::contrastRatio(c.foreground, c.background))));
        // The result icon is a graphical object: 3:1 against the banner.
        if (tone != Tone::Neutral)
            QVERIFY(Theme::contrastRatio(c.accent, c.background) >= 3.0);
    }

    void textContrast_data() {
        Theme::apply(*qApp, Scheme::Light);
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::newRow("link on white") << Theme::link() << Theme::panelBackground();
        QTest::newRow("muted on white") << Theme::mutedText() << Theme::panelBackground();
        QTest::newRow("muted on window") << Theme::mutedText() << Theme::windowBackground();
        QTest::newRow("white on accent") << QColor(Qt::white) << Theme::accent();
        QTest::newRow("number") << QColor(0x0f, 0x2a, 0x5c) << QColor(0xee, 0xf4, 0xff);
    }
    void textContrast() {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QVERIFY(Theme::contrastRatio(foreground, background) >= 4.5);
    }

    void everyPairMeetsAA_data() {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        const QList<QPair<const char *, Scheme>> schemes{{"light", Scheme::Light},
                                                         {"dark", Scheme::Dark},
                                                         {"high contrast", Scheme::HighContrast}};
        for (const auto &[name, scheme] : schemes) {
            const QList<vd::ui::ContrastPair> pairs = Theme::contrastPairs(scheme);
            QVERIFY(pairs.size() > 30);
            for (const vd::ui::ContrastPair &pair : pairs) {
                QTest::addRow("%s: %s", name, qPrintable(pair.what))
                    << pair.foreground << pair.background << (pair.largeText ? 3.0 : 4.5);
            }
        }
    }
    void everyPairMeetsAA() {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = Theme::contrastRatio(foreground, background);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                                  .arg(foreground.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum)));
    }

    void theCheckCatchesAPoorPair() {
        // The grey Qt greys locked text with by default fails on white; the check must see it.
        QVERIFY(Theme::contrastRatio(QColor(0x8a, 0x93, 0x9e), Qt::white) < 4.5);
    }

    void schemeFollowsThePlatform_data() {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<Scheme>("scheme");
        QTest::newRow("fusion light")
            << QColor(0xef, 0xef, 0xef) << QColor(Qt::black) << Scheme::Light;
        QTest::newRow("adwaita") << QColor(0xf6, 0xf5, 0xf4) << QColor(0x2e, 0x34, 0x36)
                                 << Scheme::Light;
        QTest::newRow("dark") << QColor(0x35, 0x35, 0x35) << QColor(0xee, 0xee, 0xec)
                              << Scheme::Dark;
        QTest::newRow("high contrast black")
            << QColor(Qt::black) << QColor(Qt::white) << Scheme::HighContrast;
        QTest::newRow("high contrast white")
            << QColor(Qt::white) << QColor(Qt::black) << Scheme::HighContrast;
    }
    void schemeFollowsThePlatform() {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        QFETCH(Scheme, scheme);
        QPalette platform;
        platform.setColor(QPalette::Window, window);
        platform.setColor(QPalette::WindowText, text);
        QCOMPARE(Theme::detect(platform), scheme);
    }

    void applyingASchemeRecolours_data() {
        QTest::addColumn<Scheme>("scheme");
        QTest::newRow("light") << Scheme::Light;
        QTest::newRow("dark") << Scheme::Dark;
        QTest::newRow("high contrast") << Scheme::HighContrast;
    }
    void applyingASchemeRecolours() {
        QFETCH(Scheme, scheme);
        Theme::apply(*qApp, scheme);
        const vd::ui::SchemeColours &c = Theme::colours(scheme);
        QCOMPARE(Theme::scheme(), scheme);
        QCOMPARE(qApp->palette().color(QPalette::Window), c.window);
        QCOMPARE(qApp->palette().color(QPalette::Disabled, QPalette::Text), c.disabledText);
        QCOMPARE(Theme::tone(Tone::Success).foreground, c.success.foreground);
        QVERIFY(Theme::styleSheet().contains(c.numberBackground.name()));
        QPushButton primary(QStringLiteral("Send Push"));
        primary.setObjectName(QStringLiteral("primaryButton"));
        primary.ensurePolished();
        QCOMPARE(primary.palette().color(QPalette::ButtonText), c.onAccent);
        Theme::apply(*qApp, Scheme::Light);
    }

    void tonesAreDistinct() {
        QVERIFY(Theme::tone(Tone::Success).background != Theme::tone(Tone::Failure).background);
        QVERIFY(Theme::tone(Tone::Warning).background != Theme::tone(Tone::Failure).background);
        QCOMPARE(Theme::toneName(Tone::Success), QStringLiteral("success"));
        QVERIFY(Theme::styleSheet().contains(QStringLiteral("resultBanner")));
    }

    void styleSheetIsComplete() {
        // One unfilled placeholder makes Qt drop the whole stylesheet.
        const QString css = Theme::styleSheet();
        QVERIFY2(!css.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(css));
        QCOMPARE(css.count(QLatin1Char('{')), css.count(QLatin1Char('}')));
    }

    void styleSheetApplies() {
        Theme::apply(*qApp);
        QPushButton primary(QStringLiteral("Send Push"));
        primary.setObjectName(QStringLiteral("primaryButton"));
        primary.ensurePolished();
        // The rule's white text reached the button, so the sheet parsed.
        QCOMPARE(primary.palette().color(QPalette::ButtonText), QColor(Qt::white));
    }

    void glyphsRender_data() {
        QTest::addColumn<Glyph>("glyph");
        QTest::addColumn<qreal>("scale");
        const QList<QPair<const char *, Glyph>> glyphs{
            {"success", Glyph::Success}, {"failure", Glyph::Failure},
            {"warning", Glyph::Warning}, {"timed out", Glyph::TimedOut},
            {"close", Glyph::Close},     {"app", Glyph::App}};
        for (qreal scale : {1.0, 2.0}) {
            for (const auto &[name, glyph] : glyphs)
                QTest::addRow("%s@%gx", name, scale) << glyph << scale;
        }
    }
    void glyphsRender() {
        QFETCH(Glyph, glyph);
        QFETCH(qreal, scale);
        const QPixmap pm = GlyphIconEngine::icon(glyph).pixmap(QSize(24, 24), scale);
        QCOMPARE(pm.size(), QSize(24, 24) * scale);
        const QImage image = pm.toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        QVERIFY(opaque > image.width());                  // something was drawn
        QVERIFY(opaque < image.width() * image.height()); // and not a solid block
    }

    void applicationIconComesFromResources() {
        const QIcon icon = Theme::applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
        QVERIFY(!icon.pixmap(QSize(48, 48)).isNull());
    }

    void fusionIsUsed() {
        Theme::apply(*qApp);
        // The application stylesheet wraps the style, so look for ours under the application.
        auto *console = qApp->findChild<vd::ui::ConsoleStyle *>();
        QVERIFY(console);
        QCOMPARE(QByteArray(console->baseStyle()->metaObject()->className()),
                 QByteArray("QFusionStyle"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
