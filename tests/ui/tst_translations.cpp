// SPDX-License-Identifier: MIT
// Translations: lupdate over today's sources leaves every .ts file complete (no unfinished,
// new or obsolete entry, every plural form filled, placeholders kept), and the built .qm
// files really translate, plurals included; the language comes from the managed setting,
// --lang, the operator's setting or the system locale, in that order.
#include "languagechoice.h"
#include "settingsregistry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Problem {
    QString source;
    QString what;
};

QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

// Every message of a .ts file that is not a finished, complete translation.
QList<Problem> problems(const QString &path) {
    QList<Problem> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{path, QStringLiteral("cannot be read")}};
    QXmlStreamReader xml(&file);
    QString source;
    QString translationType;
    QStringList forms;
    QString plain;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
                source.clear();
                forms.clear();
                plain.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QStringLiteral("type")).toString();
                if (!numerus)
                    plain = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!translationType.isEmpty())
                out.append({source, translationType});
            const QStringList texts = numerus ? forms : QStringList{plain};
            for (const QString &t : texts) {
                if (t.isEmpty())
                    out.append({source, QStringLiteral("empty")});
                else if (placeholders(t) != placeholders(source))
                    out.append({source, QStringLiteral("placeholders differ: ") + t});
            }
        }
    }
    if (xml.hasError())
        out.append({path, xml.errorString()});
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tsFilesAreCompleteForTodaysSources_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("en") << QStringLiteral("verifydesk_en.ts") << true;
        QTest::newRow("de") << QStringLiteral("verifydesk_de.ts") << false;
        QTest::newRow("fr") << QStringLiteral("verifydesk_fr.ts") << false;
        QTest::newRow("es") << QStringLiteral("verifydesk_es.ts") << false;
    }
    void tsFilesAreCompleteForTodaysSources() {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(VD_TRANSLATIONS_DIR "/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // Without -no-obsolete, lupdate marks removed strings "vanished": caught below.
        QStringList args{QStringLiteral("@" VD_TR_SOURCES_LIST), QStringLiteral("-locations"),
                         QStringLiteral("none"), QStringLiteral("-ts"), copy};
        if (pluralOnly)
            args.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(VD_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Problem> found = problems(copy);
        QStringList report;
        for (const Problem &p : found)
            report << p.what + QStringLiteral(": ") + p.source;
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 entries need work in %2 (run the "
                                           "update_translations target, then translate):\n")
                                .arg(found.size())
                                .arg(file) +
                            report.join(QLatin1Char('\n'))));
    }

    void qmFilesTranslate_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<QString>("oneSecond");
        QTest::addColumn<QString>("seconds");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Sign in")
                            << QStringLiteral("in 1 second.") << QStringLiteral("in 30 seconds.");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Anmelden")
                            << QStringLiteral("in 1 Sekunde ab")
                            << QStringLiteral("in 30 Sekunden ab");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Se connecter")
                            << QStringLiteral("dans 1 seconde.")
                            << QStringLiteral("dans 30 secondes.");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Iniciar sesión")
                            << QStringLiteral("en 1 segundo.") << QStringLiteral("en 30 segundos.");
    }
    void qmFilesTranslate() {
        QFETCH(QString, lang);
        QFETCH(QString, signIn);
        QFETCH(QString, oneSecond);
        QFETCH(QString, seconds);
        QTranslator t;
        QVERIFY(t.load(QStringLiteral("verifydesk_") + lang, QStringLiteral(VD_QM_DIR)));
        if (lang != QLatin1String("en"))
            QCOMPARE(t.translate("vd::ui::LoginDialog", "Sign in"), signIn);
        const char *warning =
            "Nobody has used the console for a while. You will be signed out in %n second(s).";
        // QTranslator returns %n unreplaced; tr() fills it in, as QCoreApplication does here.
        QCoreApplication::installTranslator(&t);
        const QString one = QCoreApplication::translate("vd::ui::IdleWarning", warning, nullptr, 1);
        const QString many =
            QCoreApplication::translate("vd::ui::IdleWarning", warning, nullptr, 30);
        QCoreApplication::removeTranslator(&t);
        QVERIFY2(one.contains(oneSecond), qPrintable(one));
        QVERIFY2(many.contains(seconds), qPrintable(many));
    }

    void resultTextsAreTranslated() {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral("verifydesk_de"), QStringLiteral(VD_QM_DIR)));
        QCOMPARE(
            t.translate("vd::wire", "Authentication Failed — Service team should NOT proceed."),
            QStringLiteral("Authentifizierung fehlgeschlagen – Das Serviceteam darf NICHT "
                           "fortfahren."));
    }

    void languageComesFromEachSource_data() {
        QTest::addColumn<QString>("managed");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("signIn");
        // The system locale of these rows is French (passed to choose()).
        QTest::newRow("system locale")
            << QString() << QString() << QString() << QStringLiteral("Se connecter");
        QTest::newRow("operator's setting over system")
            << QString() << QStringLiteral("es") << QString() << QStringLiteral("Iniciar sesión");
        QTest::newRow("--lang over operator's setting")
            << QString() << QStringLiteral("es") << QStringLiteral("de")
            << QStringLiteral("Anmelden");
        QTest::newRow("managed over --lang")
            << QStringLiteral("es") << QString() << QStringLiteral("de")
            << QStringLiteral("Iniciar sesión");
        QTest::newRow("managed English") << QStringLiteral("en") << QStringLiteral("de")
                                         << QStringLiteral("fr") << QStringLiteral("Sign in");
        QTest::newRow("untranslated language gets English")
            << QStringLiteral("ja") << QString() << QString() << QStringLiteral("Sign in");
    }
    void languageComesFromEachSource() {
        QFETCH(QString, managed);
        QFETCH(QString, user);
        QFETCH(QString, commandLine);
        QFETCH(QString, signIn);
        QTemporaryDir dir;
        const QString systemFile = dir.filePath(QStringLiteral("system.conf"));
        const QString userFile = dir.filePath(QStringLiteral("user.conf"));
        if (!managed.isEmpty())
            QSettings(systemFile, QSettings::IniFormat)
                .setValue(QStringLiteral("ui/language"), managed);
        if (!user.isEmpty())
            QSettings(userFile, QSettings::IniFormat).setValue(QStringLiteral("ui/language"), user);
        const vd::app::SettingsRegistry settings(systemFile, userFile);

        const QLocale locale =
            vd::app::LanguageChoice::choose(&settings, commandLine, QLocale(QLocale::French));
        QVERIFY(vd::app::LanguageChoice::install(qApp, locale, QStringLiteral(VD_QM_DIR)));
        const QString text = QCoreApplication::translate("vd::ui::LoginDialog", "Sign in");
        const QString count =
            QCoreApplication::translate("vd::ui::AssignmentPage", "%n user(s)", nullptr, 1);
        const QString result = QCoreApplication::translate(
            "vd::wire", "Authentication Failed — Wrong number selected. Service team should NOT "
                        "proceed.");
        const QList<QTranslator *> installed =
            qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        qDeleteAll(installed); // uninstalls them
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, signIn);
        QVERIFY2(!count.contains(QLatin1String("(s)")), qPrintable(count)); // real plurals
        if (signIn != QLatin1String("Sign in"))
            QVERIFY2(!result.startsWith(QLatin1String("Authentication")), qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
