// SPDX-License-Identifier: MIT
// LanguageChoice: the layer order of the language and QTranslator loading.
#include "languagechoice.h"

#include "settingsregistry.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vd::app {

QLocale LanguageChoice::choose(const SettingsRegistry *settings, const QString &commandLine,
                               const QLocale &system) {
    using Key = SettingsRegistry::Key;
    const QString managed =
        settings && settings->isManaged(Key::Language) ? settings->language() : QString();
    const QString user = settings ? settings->language() : QString();
    for (const QString &code : {managed, commandLine.trimmed(), user}) {
        if (!code.isEmpty())
            return QLocale(code);
    }
    return system;
}

bool LanguageChoice::install(QCoreApplication *app, const QLocale &locale,
                             const QString &directory) {
    // Dates, numbers and Qt's own dialogs follow the chosen language too.
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // A language without a translation (or the C locale of a bare session) gets English,
    // whose file holds the plural forms ("1 user", not "1 user(s)").
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("verifydesk"), QStringLiteral("_"), directory) ||
        own->load(QStringLiteral("verifydesk_en"), directory)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace vd::app
