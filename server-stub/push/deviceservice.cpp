// SPDX-License-Identifier: MIT
// Activation checks the code against its token's serial too, so a code cannot enrol another token.
#include "deviceservice.h"

#include "access.h"
#include "lookups.h"
#include "secrettoken.h"
#include "sessionservice.h"

namespace vd::server {

DeviceService::DeviceService(Store &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock)) {}

Result<QString> DeviceService::createActivationCode(const OperatorRecord &op,
                                                    const QString &serial) {
    if (auto s = access::require(op, access::Area::AuthenticationMethods, wire::Permission::Edit);
        !s)
        return s.error();
    auto t = lookups::existingToken(m_store, serial);
    if (!t)
        return t.error();
    if (t->token.type != wire::TokenType::MobilePassPlus)
        return ServiceError::make(
            ErrorKind::Unprocessable, wire::error::NotPushCapable,
            QStringLiteral("Only MobilePASS+ tokens have a device to activate."));
    const QString code = SecretToken::generateActivationCode();
    if (auto s = m_store.insertActivationCode(SecretToken::digest(code), serial,
                                              m_clock().addSecs(ActivationCodeMinutes * 60));
        !s)
        return s.error();
    return code;
}

Result<QString> DeviceService::activate(const QString &serial, const QString &activationCode) {
    const auto invalid = ServiceError::make(
        ErrorKind::Unauthenticated, wire::error::InvalidActivationCode,
        QStringLiteral("The activation code is unknown, already used or expired."));
    const QString deviceToken = SecretToken::generate();
    // The code is normalised (case, spaces) so a person can type it as shown.
    const QString normalised = activationCode.trimmed().toUpper();
    auto t = m_store.tokenBySerial(serial);
    if (!t)
        return t.error();
    if (!t.value())
        return invalid;
    auto activated = m_store.activateDevice(SecretToken::digest(normalised), serial,
                                            SecretToken::digest(deviceToken), m_clock());
    if (!activated)
        return activated.error();
    if (!activated.value())
        return invalid;
    return deviceToken;
}

Result<TokenRecord> DeviceService::authenticate(const QByteArray &authorizationHeader) {
    const auto token = SessionService::bearerToken(authorizationHeader);
    if (!token)
        return ServiceError::unauthenticated();
    auto t = m_store.tokenByDeviceHash(SecretToken::digest(*token));
    if (!t)
        return t.error();
    if (!t.value())
        return ServiceError::make(ErrorKind::Unauthenticated, wire::error::Unauthenticated,
                                  QStringLiteral("The device token is unknown or was replaced."));
    return *t.value();
}

} // namespace vd::server
