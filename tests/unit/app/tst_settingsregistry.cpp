// SPDX-License-Identifier: MIT
// SettingsRegistry: managed > user > default with temp INI files; scope and validation.
#include "settingsregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using vd::app::SettingsRegistry;
using Key = SettingsRegistry::Key;

Q_DECLARE_METATYPE(SettingsRegistry::Platform)

class TestSettingsRegistry : public QObject {
    Q_OBJECT

    QString systemPath() const { return m_dir.filePath(QStringLiteral("system.conf")); }
    QString userPath() const { return m_dir.filePath(QStringLiteral("user.conf")); }
    void writeIni(const QString &path, const QString &key, const QVariant &value) {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(key, value);
        s.sync();
    }

private Q_SLOTS:
    void init();
    void everyKeyDeclaredOnce();
    void defaults();
    void precedence_data();
    void precedence();
    void systemScopeIgnoresUserFile();
    void setValueRefusedWhenManaged();
    void setValuePersists();
    void invalidValuesFallBack_data();
    void invalidValuesFallBack();
    void keepSignedInLimitedByPolicy();
    void resetRestoresLowerLayer();
    void systemLocationPerPlatform_data();
    void systemLocationPerPlatform();
    void systemLocationIsThisPlatforms();
    void nativeStoreUsesPolicyNames();
    void packagedSamplesCoverEveryManagedKey_data();
    void packagedSamplesCoverEveryManagedKey();

private:
    QTemporaryDir m_dir;
};

void TestSettingsRegistry::init() {
    QFile::remove(systemPath());
    QFile::remove(userPath());
}

void TestSettingsRegistry::everyKeyDeclaredOnce() {
    const auto &defs = SettingsRegistry::definitions();
    QCOMPARE(defs.size(), 9);
    QSet<QString> names;
    for (const auto &d : defs) {
        QVERIFY2(!names.contains(d.name), qPrintable(d.name));
        names.insert(d.name);
        QCOMPARE(SettingsRegistry::definition(d.key).name, d.name);
        // No secret is ever a setting.
        QVERIFY(!d.name.contains(QLatin1String("password"), Qt::CaseInsensitive));
        QVERIFY(!d.name.contains(QLatin1String("token"), Qt::CaseInsensitive));
    }
}

void TestSettingsRegistry::defaults() {
    SettingsRegistry s(systemPath(), userPath());
    QCOMPARE(s.autoHideSeconds(), 5);
    QCOMPARE(s.keepSignedIn(), false);
    QCOMPARE(s.kiosk(), false);
    QCOMPARE(s.allowKeepSignedIn(), true);
    QCOMPARE(s.idleSignOutMinutes(), 0);
    QVERIFY(s.serverUrl().isEmpty());
    QVERIFY(s.caBundlePath().isEmpty());
    QVERIFY(s.language().isEmpty());
    QVERIFY(s.lastUsername().isEmpty());
    QVERIFY(!s.isManaged(Key::ServerUrl));
}

void TestSettingsRegistry::precedence_data() {
    QTest::addColumn<QVariant>("system");
    QTest::addColumn<QVariant>("user");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("managed");
    QTest::newRow("default") << QVariant() << QVariant() << 5 << false;
    QTest::newRow("user") << QVariant() << QVariant(12) << 12 << false;
    QTest::newRow("managed over user") << QVariant(8) << QVariant(12) << 8 << true;
    QTest::newRow("managed only") << QVariant(20) << QVariant() << 20 << true;
    QTest::newRow("invalid managed, user applies") << QVariant(999) << QVariant(12) << 12 << false;
}

void TestSettingsRegistry::precedence() {
    QFETCH(QVariant, system);
    QFETCH(QVariant, user);
    QFETCH(int, expected);
    QFETCH(bool, managed);
    const QString key = SettingsRegistry::definition(Key::AutoHideSeconds).name;
    if (system.isValid())
        writeIni(systemPath(), key, system);
    if (user.isValid())
        writeIni(userPath(), key, user);
    SettingsRegistry s(systemPath(), userPath());
    QCOMPARE(s.autoHideSeconds(), expected);
    QCOMPARE(s.isManaged(Key::AutoHideSeconds), managed);
}

void TestSettingsRegistry::systemScopeIgnoresUserFile() {
    writeIni(userPath(), SettingsRegistry::definition(Key::Kiosk).name, true);
    writeIni(userPath(), SettingsRegistry::definition(Key::CaBundlePath).name,
             QStringLiteral("/tmp/evil.pem"));
    SettingsRegistry s(systemPath(), userPath());
    QCOMPARE(s.kiosk(), false);
    QVERIFY(s.caBundlePath().isEmpty());
    QVERIFY(!s.setValue(Key::Kiosk, true));
    QCOMPARE(s.kiosk(), false);

    writeIni(systemPath(), SettingsRegistry::definition(Key::Kiosk).name, true);
    SettingsRegistry managed(systemPath(), userPath());
    QCOMPARE(managed.kiosk(), true);
    QVERIFY(managed.isManaged(Key::Kiosk));
}

void TestSettingsRegistry::setValueRefusedWhenManaged() {
    const QString key = SettingsRegistry::definition(Key::ServerUrl).name;
    writeIni(systemPath(), key, QStringLiteral("https://verify.corp.example"));
    SettingsRegistry s(systemPath(), userPath());
    QVERIFY(s.isManaged(Key::ServerUrl));
    QVERIFY(!s.setValue(Key::ServerUrl, QUrl(QStringLiteral("http://evil.example"))));
    QCOMPARE(s.serverUrl(), QUrl(QStringLiteral("https://verify.corp.example")));
    QVERIFY(!QSettings(userPath(), QSettings::IniFormat).contains(key));
}

void TestSettingsRegistry::setValuePersists() {
    {
        SettingsRegistry s(systemPath(), userPath());
        QSignalSpy changed(&s, &SettingsRegistry::valueChanged);
        QVERIFY(s.setValue(Key::ServerUrl, QUrl(QStringLiteral("https://vd.example:8443"))));
        QVERIFY(s.setValue(Key::LastUsername, QStringLiteral("helpdesk")));
        QVERIFY(s.setValue(Key::AutoHideSeconds, 9));
        QVERIFY(s.setValue(Key::KeepSignedIn, true));
        QCOMPARE(changed.size(), 4);
        QVERIFY(!s.setValue(Key::AutoHideSeconds, 0));                   // out of range
        QVERIFY(!s.setValue(Key::ServerUrl, QStringLiteral("ftp://x"))); // not http(s)
    }
    SettingsRegistry again(systemPath(), userPath()); // the next start
    QCOMPARE(again.serverUrl(), QUrl(QStringLiteral("https://vd.example:8443")));
    QCOMPARE(again.lastUsername(), QStringLiteral("helpdesk"));
    QCOMPARE(again.autoHideSeconds(), 9);
    QCOMPARE(again.keepSignedIn(), true);
}

void TestSettingsRegistry::invalidValuesFallBack_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("auto-hide not a number")
        << int(Key::AutoHideSeconds) << QStringLiteral("soon") << QVariant(5);
    QTest::newRow("auto-hide negative")
        << int(Key::AutoHideSeconds) << QStringLiteral("-3") << QVariant(5);
    QTest::newRow("bool garbage") << int(Key::KeepSignedIn) << QStringLiteral("maybe")
                                  << QVariant(false);
    QTest::newRow("bool yes") << int(Key::KeepSignedIn) << QStringLiteral("yes") << QVariant(true);
    QTest::newRow("url without host")
        << int(Key::ServerUrl) << QStringLiteral("https://") << QVariant(QUrl());
    QTest::newRow("url javascript")
        << int(Key::ServerUrl) << QStringLiteral("javascript:alert(1)") << QVariant(QUrl());
}

void TestSettingsRegistry::invalidValuesFallBack() {
    QFETCH(int, key);
    QFETCH(QString, raw);
    QFETCH(QVariant, expected);
    writeIni(userPath(), SettingsRegistry::definition(Key(key)).name, raw);
    SettingsRegistry s(systemPath(), userPath());
    QCOMPARE(s.value(Key(key)), expected);
}

void TestSettingsRegistry::keepSignedInLimitedByPolicy() {
    writeIni(userPath(), SettingsRegistry::definition(Key::KeepSignedIn).name, true);
    writeIni(systemPath(), SettingsRegistry::definition(Key::AllowKeepSignedIn).name, false);
    SettingsRegistry s(systemPath(), userPath());
    QCOMPARE(s.allowKeepSignedIn(), false);
    QCOMPARE(s.keepSignedIn(), false);
}

void TestSettingsRegistry::resetRestoresLowerLayer() {
    SettingsRegistry s(systemPath(), userPath());
    QVERIFY(s.setValue(Key::AutoHideSeconds, 30));
    QCOMPARE(s.autoHideSeconds(), 30);
    s.reset(Key::AutoHideSeconds);
    QCOMPARE(s.autoHideSeconds(), 5);
}

void TestSettingsRegistry::systemLocationPerPlatform_data() {
    using P = SettingsRegistry::Platform;
    QTest::addColumn<P>("platform");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSettings::Format>("format");
    QTest::newRow("linux") << P::Linux << QStringLiteral("/etc/xdg/VerifyDesk/verifydesk.conf")
                           << QSettings::IniFormat;
    QTest::newRow("windows") << P::Windows
                             << QStringLiteral(
                                    "HKEY_LOCAL_MACHINE\\Software\\Policies\\VerifyDesk\\Console")
                             << QSettings::NativeFormat;
    QTest::newRow("macos") << P::MacOS
                           << QStringLiteral("/Library/Preferences/com.verifydesk.Console.plist")
                           << QSettings::NativeFormat;
}

void TestSettingsRegistry::systemLocationPerPlatform() {
    QFETCH(SettingsRegistry::Platform, platform);
    QFETCH(QString, path);
    QFETCH(QSettings::Format, format);
    const SettingsRegistry::Location location = SettingsRegistry::systemLocation(platform);
    QCOMPARE(location.path, path);
    QCOMPARE(location.format, format);
}

void TestSettingsRegistry::systemLocationIsThisPlatforms() {
#if defined(Q_OS_WIN)
    QCOMPARE(SettingsRegistry::currentPlatform(), SettingsRegistry::Platform::Windows);
#elif defined(Q_OS_DARWIN)
    QCOMPARE(SettingsRegistry::currentPlatform(), SettingsRegistry::Platform::MacOS);
#else
    QCOMPARE(SettingsRegistry::currentPlatform(), SettingsRegistry::Platform::Linux);
#endif
    // The Location constructor reads the managed layer from there.
    writeIni(systemPath(), QStringLiteral("server/url"), QStringLiteral("https://it.example"));
    SettingsRegistry s(SettingsRegistry::Location{systemPath(), QSettings::IniFormat}, userPath());
    QVERIFY(s.isManaged(Key::ServerUrl));
    QCOMPARE(s.serverUrl(), QUrl(QStringLiteral("https://it.example")));
}

void TestSettingsRegistry::nativeStoreUsesPolicyNames() {
    // On Linux the native format of a file is INI, so a flat file stands in for the Windows
    // policy key / macOS plist: flat policy value names, not the INI section/key pairs.
    {
        QSettings native(systemPath(), QSettings::NativeFormat);
        native.setValue(QStringLiteral("ServerUrl"), QStringLiteral("https://policy.example"));
        native.setValue(QStringLiteral("IdleSignOutMinutes"), 10);
        native.setValue(QStringLiteral("AllowKeepSignedIn"), 0); // a REG_DWORD 0
        native.setValue(QStringLiteral("ui/kiosk"), true);       // an INI name means nothing here
    }
    SettingsRegistry s(SettingsRegistry::Location{systemPath(), QSettings::NativeFormat},
                       userPath());
    QVERIFY(s.isManaged(Key::ServerUrl));
    QCOMPARE(s.serverUrl(), QUrl(QStringLiteral("https://policy.example")));
    QCOMPARE(s.idleSignOutMinutes(), 10);
    QVERIFY(!s.allowKeepSignedIn());
    QVERIFY(!s.isManaged(Key::Kiosk));
    QVERIFY(!s.kiosk());
    QVERIFY(!s.isManaged(Key::LastUsername)); // the console's own memo has no policy

    QSet<QString> policyNames;
    for (const auto &d : SettingsRegistry::definitions()) {
        if (d.policyName.isEmpty())
            continue;
        QVERIFY2(!policyNames.contains(d.policyName), qPrintable(d.policyName));
        policyNames.insert(d.policyName);
    }
    QCOMPARE(policyNames.size(), 8);
}

void TestSettingsRegistry::packagedSamplesCoverEveryManagedKey_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pattern"); // captures a key name, section-qualified for INI
    QTest::addColumn<bool>("policyNames");
    QTest::newRow("linux ini") << QStringLiteral("packaging/linux/verifydesk.conf.sample")
                               << QStringLiteral("^#?(\\w+)=") << false;
    QTest::newRow("windows reg") << QStringLiteral("packaging/windows/managed-settings.reg")
                                 << QStringLiteral("^\"(\\w+)\"=") << true;
    QTest::newRow("macos plist") << QStringLiteral("packaging/macos/com.verifydesk.Console.plist")
                                 << QStringLiteral("<key>(\\w+)</key>") << true;
}

void TestSettingsRegistry::packagedSamplesCoverEveryManagedKey() {
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    QFETCH(bool, policyNames);
    QFile sample(qEnvironmentVariable("VD_SOURCE_DIR") + QLatin1Char('/') + file);
    QVERIFY2(sample.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(sample.fileName()));
    const QRegularExpression re(pattern);
    const QRegularExpression section(QStringLiteral("^\\[(\\w+)\\]"));
    QSet<QString> found;
    QString current;
    while (!sample.atEnd()) {
        const QString line = QString::fromUtf8(sample.readLine()).trimmed();
        if (const auto s = section.match(line); s.hasMatch() && !policyNames)
            current = s.captured(1);
        if (const auto m = re.match(line); m.hasMatch())
            found.insert(policyNames ? m.captured(1) : current + QLatin1Char('/') + m.captured(1));
    }
    QSet<QString> expected;
    for (const auto &d : SettingsRegistry::definitions()) {
        if (!d.policyName.isEmpty()) // every key IT may manage; not the console's own memo
            expected.insert(policyNames ? d.policyName : d.name);
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestSettingsRegistry)
#include "tst_settingsregistry.moc"
