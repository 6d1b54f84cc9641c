// SPDX-License-Identifier: MIT
// SettingsRegistry (stub; implementation follows).
#include "settingsregistry.h"

#include <QSettings>

namespace vd::app {

SettingsRegistry::SettingsRegistry(const QString &systemFilePath, const QString &userFilePath,
                                   QObject *parent)
    : QObject(parent)
    , m_system(std::make_unique<QSettings>(systemFilePath, QSettings::IniFormat))
    , m_user(std::make_unique<QSettings>(userFilePath, QSettings::IniFormat)) {}
SettingsRegistry::~SettingsRegistry() = default;
QString SettingsRegistry::defaultSystemPath() {
    return {};
}
QString SettingsRegistry::defaultUserPath() {
    return {};
}
const QList<SettingsRegistry::Definition> &SettingsRegistry::definitions() {
    static const QList<Definition> defs;
    return defs;
}
const SettingsRegistry::Definition &SettingsRegistry::definition(Key key) {
    static Definition d{key, {}, {}, Scope::User, Type::String};
    return d;
}
QVariant SettingsRegistry::value(Key) const {
    return {};
}
bool SettingsRegistry::isManaged(Key) const {
    return false;
}
bool SettingsRegistry::setValue(Key, const QVariant &) {
    return false;
}
void SettingsRegistry::reset(Key) {}
void SettingsRegistry::sync() {}
std::optional<QVariant> SettingsRegistry::validated(const Definition &, const QVariant &) const {
    return std::nullopt;
}
QUrl SettingsRegistry::serverUrl() const {
    return {};
}
int SettingsRegistry::autoHideSeconds() const {
    return 5;
}
bool SettingsRegistry::keepSignedIn() const {
    return false;
}
QString SettingsRegistry::language() const {
    return {};
}
bool SettingsRegistry::kiosk() const {
    return false;
}
QString SettingsRegistry::caBundlePath() const {
    return {};
}
int SettingsRegistry::idleSignOutMinutes() const {
    return 0;
}
bool SettingsRegistry::allowKeepSignedIn() const {
    return true;
}
QString SettingsRegistry::lastUsername() const {
    return {};
}

} // namespace vd::app
