// SPDX-License-Identifier: MIT
// SettingsRegistry: the key table and the managed > user > default lookup.
#include "settingsregistry.h"

#include "logcategories.h"

#include <QSettings>

namespace vd::app {
namespace {

using K = SettingsRegistry::Key;
using S = SettingsRegistry::Scope;
using T = SettingsRegistry::Type;

std::optional<bool> parseBool(const QVariant &raw) {
    if (raw.typeId() == QMetaType::Bool)
        return raw.toBool();
    const QString s = raw.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
        s == QLatin1String("on"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") ||
        s == QLatin1String("off"))
        return false;
    return std::nullopt;
}

} // namespace

SettingsRegistry::SettingsRegistry(const QString &systemFilePath, const QString &userFilePath,
                                   QObject *parent)
    : SettingsRegistry(Location{systemFilePath, QSettings::IniFormat}, userFilePath, parent) {}

SettingsRegistry::SettingsRegistry(const Location &system, const QString &userFilePath,
                                   QObject *parent)
    : QObject(parent)
    , m_system(std::make_unique<QSettings>(system.path, system.format))
    , m_user(std::make_unique<QSettings>(userFilePath, QSettings::IniFormat)) {}

SettingsRegistry::~SettingsRegistry() {
    m_user->sync();
}

SettingsRegistry::Platform SettingsRegistry::currentPlatform() {
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_DARWIN)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

SettingsRegistry::Location SettingsRegistry::systemLocation(Platform platform) {
    // Fixed paths rather than QSettings' SystemScope: IT documents and deploys these exact
    // places (a set XDG_CONFIG_DIRS must not move the policy), and on Windows and macOS the
    // policy lives in the native store (Group Policy registry key, managed preferences).
    switch (platform) {
    case Platform::Windows:
        return {QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\VerifyDesk\\Console"),
                QSettings::NativeFormat};
    case Platform::MacOS:
        return {QStringLiteral("/Library/Preferences/com.verifydesk.Console.plist"),
                QSettings::NativeFormat};
    case Platform::Linux:
        break;
    }
    return {QStringLiteral("/etc/xdg/VerifyDesk/verifydesk.conf"), QSettings::IniFormat};
}

QString SettingsRegistry::defaultUserPath() {
    // An INI file on every platform, so operators and support can read and edit it.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    constexpr auto format = QSettings::NativeFormat;
#else
    constexpr auto format = QSettings::IniFormat;
#endif
    return QSettings(format, QSettings::UserScope, QStringLiteral("VerifyDesk"),
                     QStringLiteral("verifydesk"))
        .fileName();
}

const QList<SettingsRegistry::Definition> &SettingsRegistry::definitions() {
    // Scope System: only IT decides (kiosk, trust anchors, sign-in lifetime policy).
    static const QList<Definition> defs{
        {K::ServerUrl, QStringLiteral("server/url"), QStringLiteral("ServerUrl"), QUrl(), S::User,
         T::Url},
        {K::AutoHideSeconds, QStringLiteral("verification/autoHideSeconds"),
         QStringLiteral("AutoHideSeconds"), 5, S::User, T::Int, 1, 60},
        {K::KeepSignedIn, QStringLiteral("session/keepSignedIn"), QStringLiteral("KeepSignedIn"),
         false, S::User, T::Bool},
        {K::Language, QStringLiteral("ui/language"), QStringLiteral("Language"), QString(), S::User,
         T::String},
        {K::Kiosk, QStringLiteral("ui/kiosk"), QStringLiteral("Kiosk"), false, S::System, T::Bool},
        {K::CaBundlePath, QStringLiteral("network/caBundlePath"), QStringLiteral("CaBundlePath"),
         QString(), S::System, T::String},
        {K::IdleSignOutMinutes, QStringLiteral("session/idleSignOutMinutes"),
         QStringLiteral("IdleSignOutMinutes"), 0, S::System, T::Int, 0, 1440},
        {K::AllowKeepSignedIn, QStringLiteral("session/allowKeepSignedIn"),
         QStringLiteral("AllowKeepSignedIn"), true, S::System, T::Bool},
        {K::LastUsername, QStringLiteral("session/lastUsername"), QString(), QString(), S::User,
         T::String},
    };
    return defs;
}

const SettingsRegistry::Definition &SettingsRegistry::definition(Key key) {
    for (const Definition &d : definitions()) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

std::optional<QVariant> SettingsRegistry::validated(const Definition &def,
                                                    const QVariant &raw) const {
    if (!raw.isValid() || raw.isNull())
        return std::nullopt;
    switch (def.type) {
    case Type::String:
        if (raw.typeId() == QMetaType::QStringList || raw.typeId() == QMetaType::QVariantList)
            return std::nullopt;
        return QVariant(raw.toString());
    case Type::Url: {
        const QUrl url = raw.typeId() == QMetaType::QUrl
                             ? raw.toUrl()
                             : QUrl(raw.toString().trimmed(), QUrl::StrictMode);
        if (url.isEmpty())
            return QVariant(QUrl());
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return std::nullopt;
        return QVariant(url);
    }
    case Type::Bool:
        if (const auto b = parseBool(raw))
            return QVariant(*b);
        return std::nullopt;
    case Type::Int: {
        bool ok = false;
        const int n = raw.toString().trimmed().toInt(&ok);
        if (!ok || n < def.minimum || n > def.maximum)
            return std::nullopt;
        return QVariant(n);
    }
    }
    return std::nullopt;
}

QString SettingsRegistry::managedName(const Definition &def) const {
    return m_system->format() == QSettings::NativeFormat ? def.policyName : def.name;
}

QVariant SettingsRegistry::managedRaw(const Definition &def) const {
    const QString name = managedName(def);
    return name.isEmpty() ? QVariant() : m_system->value(name);
}

bool SettingsRegistry::managedContains(const Definition &def) const {
    const QString name = managedName(def);
    return !name.isEmpty() && m_system->contains(name);
}

QVariant SettingsRegistry::value(Key key) const {
    const Definition &def = definition(key);
    if (const auto managed = validated(def, managedRaw(def)))
        return *managed;
    if (managedContains(def))
        qCDebug(lcSettings) << "ignoring invalid managed value of" << def.name;
    if (def.scope == Scope::User) {
        if (const auto user = validated(def, m_user->value(def.name)))
            return *user;
    }
    return def.defaultValue;
}

bool SettingsRegistry::isManaged(Key key) const {
    const Definition &def = definition(key);
    return validated(def, managedRaw(def)).has_value();
}

bool SettingsRegistry::setValue(Key key, const QVariant &value) {
    const Definition &def = definition(key);
    if (def.scope == Scope::System || isManaged(key))
        return false;
    const auto valid = validated(def, value);
    if (!valid)
        return false;
    const QVariant before = this->value(key);
    // URLs are stored as text so the INI file stays readable and editable by hand.
    m_user->setValue(def.name,
                     def.type == Type::Url ? QVariant(valid->toUrl().toString()) : *valid);
    m_user->sync();
    if (this->value(key) != before)
        Q_EMIT valueChanged(key);
    return true;
}

void SettingsRegistry::reset(Key key) {
    const Definition &def = definition(key);
    const QVariant before = value(key);
    m_user->remove(def.name);
    m_user->sync();
    if (value(key) != before)
        Q_EMIT valueChanged(key);
}

void SettingsRegistry::sync() {
    QList<QVariant> before;
    for (const Definition &d : definitions())
        before.append(value(d.key));
    m_system->sync();
    m_user->sync();
    for (qsizetype i = 0; i < definitions().size(); ++i) {
        const Key key = definitions().at(i).key;
        if (value(key) != before.at(i))
            Q_EMIT valueChanged(key);
    }
}

QUrl SettingsRegistry::serverUrl() const {
    return value(Key::ServerUrl).toUrl();
}

int SettingsRegistry::autoHideSeconds() const {
    return value(Key::AutoHideSeconds).toInt();
}

bool SettingsRegistry::keepSignedIn() const {
    return allowKeepSignedIn() && value(Key::KeepSignedIn).toBool();
}

QString SettingsRegistry::language() const {
    return value(Key::Language).toString();
}

bool SettingsRegistry::kiosk() const {
    return value(Key::Kiosk).toBool();
}

QString SettingsRegistry::caBundlePath() const {
    return value(Key::CaBundlePath).toString();
}

int SettingsRegistry::idleSignOutMinutes() const {
    return value(Key::IdleSignOutMinutes).toInt();
}

bool SettingsRegistry::allowKeepSignedIn() const {
    return value(Key::AllowKeepSignedIn).toBool();
}

QString SettingsRegistry::lastUsername() const {
    return value(Key::LastUsername).toString();
}

} // namespace vd::app
