// SPDX-License-Identifier: MIT
// SendPushRule: the spec's visibility conditions plus the edit-permission requirement.
#include "sendpushrule.h"

namespace vd::app {

bool SendPushRule::isVisible(const protocol::Token &token, const protocol::Account &account) {
    return token.type == wire::TokenType::MobilePassPlus && token.pushEnabled &&
           account.helpdeskPushVerification;
}

bool SendPushRule::isEnabled(const protocol::Token &token, const protocol::Account &account,
                             const protocol::Permissions &permissions, bool verificationInFlight) {
    return isVisible(token, account) &&
           permissions.authenticationMethods == wire::Permission::Edit && !verificationInFlight;
}

QString SendPushRule::toolTip(const protocol::Token &token, const protocol::Account &account,
                              const protocol::Permissions &permissions, bool verificationInFlight) {
    if (token.type != wire::TokenType::MobilePassPlus)
        return tr("Push verification needs a MobilePASS+ token.");
    if (!token.pushEnabled)
        return tr("Push is disabled for this token.");
    if (!account.helpdeskPushVerification)
        return tr("Helpdesk Push Verification is not enabled for this account.");
    switch (permissions.authenticationMethods) {
    case wire::Permission::None:
        return tr("Your role has no access to Authentication Methods.");
    case wire::Permission::View:
        return tr("Your role has view-only access to Authentication Methods.");
    case wire::Permission::Edit:
        break;
    }
    if (verificationInFlight)
        return tr("A verification is already waiting for this token.");
    return tr("Send a push to the user's MobilePASS+ device to verify the caller.");
}

SendPushRule::Decision SendPushRule::evaluate(const protocol::Token &token,
                                              const protocol::Account &account,
                                              const protocol::Permissions &permissions,
                                              bool verificationInFlight) {
    Decision d;
    d.visible = isVisible(token, account);
    d.enabled = isEnabled(token, account, permissions, verificationInFlight);
    d.toolTip = toolTip(token, account, permissions, verificationInFlight);
    return d;
}

} // namespace vd::app
