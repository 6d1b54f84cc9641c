// SPDX-License-Identifier: MIT
// Which interface language a console run uses, and installing its translators.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace vd::app {

class SettingsRegistry;

class LanguageChoice {
public:
    // IT's managed ui/language wins, then --lang for this run, then the operator's own
    // ui/language, then the system locale.
    static QLocale choose(const SettingsRegistry *settings, const QString &commandLine,
                          const QLocale &system = QLocale::system());

    // Installs Qt's own and the console's translators for locale, parented to app. The
    // console's .qm files are embedded under :/i18n; tests pass the build folder instead.
    // Falls back to English (its plural forms) when the language has no translation.
    // Returns whether a console translation was installed.
    static bool install(QCoreApplication *app, const QLocale &locale,
                        const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace vd::app
