// SPDX-License-Identifier: MIT
// Every console setting declared once (name, default, scope, type) and read through three
// layers: managed (system file, written by IT) over user over the built-in default.
#pragma once

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>
#include <optional>

namespace vd::app {

class SettingsRegistry : public QObject {
    Q_OBJECT
public:
    enum class Key {
        ServerUrl,
        AutoHideSeconds,
        KeepSignedIn,
        Language,
        Kiosk,
        CaBundlePath,
        IdleSignOutMinutes,
        AllowKeepSignedIn,
        LastUsername,
    };
    Q_ENUM(Key)

    // User: the operator may change it and IT may lock it in the system file.
    // System: only the system file (IT) can set it; the user file is ignored for it.
    enum class Scope { User, System };
    Q_ENUM(Scope)

    enum class Type { String, Url, Bool, Int };
    Q_ENUM(Type)

    struct Definition {
        Key key;
        QString name;       // key in the INI files, e.g. "server/url"
        QString policyName; // value in the Windows policy key / macOS plist, e.g. "ServerUrl"
        QVariant defaultValue;
        Scope scope;
        Type type;
        int minimum = 0; // Int only
        int maximum = 0; // Int only
    };

    // Where a layer lives: a file path or, on Windows, a registry key for NativeFormat.
    struct Location {
        QString path;
        QSettings::Format format = QSettings::IniFormat;
    };
    enum class Platform { Linux, Windows, MacOS };

    // Paths of the INI files; a missing file is an empty layer. Tests pass temp files.
    SettingsRegistry(const QString &systemFilePath, const QString &userFilePath,
                     QObject *parent = nullptr);
    // Production passes systemLocation(currentPlatform()) and defaultUserPath().
    SettingsRegistry(const Location &system, const QString &userFilePath,
                     QObject *parent = nullptr);
    ~SettingsRegistry() override;

    static Platform currentPlatform();
    // IT's managed layer: Linux /etc/xdg/VerifyDesk/verifydesk.conf (INI), Windows
    // HKLM\Software\Policies\VerifyDesk\Console (registry), macOS
    // /Library/Preferences/com.verifydesk.Console.plist (plist).
    static Location systemLocation(Platform platform);
    // The operator's INI file: ~/.config/VerifyDesk/verifydesk.conf on Linux.
    static QString defaultUserPath();

    static const QList<Definition> &definitions();
    static const Definition &definition(Key key);

    // Effective value: a valid managed value, else a valid user value (user scope only),
    // else the default. A value of the wrong type or out of range is skipped.
    QVariant value(Key key) const;
    // True when the system file sets a valid value, so the UI locks the control.
    bool isManaged(Key key) const;
    // Writes the user layer. Refused (false) for managed keys, system-scope keys and
    // invalid values.
    bool setValue(Key key, const QVariant &value);
    // Removes the user's value so the managed or default one applies.
    void reset(Key key);
    // Re-reads both files (e.g. after IT pushed a new policy) and flushes user writes.
    void sync();

    QUrl serverUrl() const;
    int autoHideSeconds() const;
    bool keepSignedIn() const; // the operator's choice, already limited by allowKeepSignedIn()
    QString language() const;
    bool kiosk() const;
    QString caBundlePath() const;
    int idleSignOutMinutes() const; // 0 = never
    bool allowKeepSignedIn() const;
    QString lastUsername() const;

Q_SIGNALS:
    void valueChanged(vd::app::SettingsRegistry::Key key);

private:
    std::optional<QVariant> validated(const Definition &def, const QVariant &raw) const;
    // The managed layer's raw value: INI keys in a file, flat policy names in the native store
    // (empty: not managed there).
    QString managedName(const Definition &def) const;
    QVariant managedRaw(const Definition &def) const;
    bool managedContains(const Definition &def) const;

    std::unique_ptr<QSettings> m_system;
    std::unique_ptr<QSettings> m_user;
};

} // namespace vd::app
