// SPDX-License-Identifier: MIT
// When the Send Push button is shown and enabled, and what its tooltip says: pure functions
// of the token, the account features and the operator's permissions.
#pragma once

#include "dto.h"

#include <QCoreApplication>
#include <QString>

namespace vd::app {

class SendPushRule {
    Q_DECLARE_TR_FUNCTIONS(SendPushRule)
public:
    struct Decision {
        bool visible = false;
        bool enabled = false;
        QString toolTip; // why it is disabled, or what it does when enabled
    };

    // MobilePASS+ ∧ push enabled on the token ∧ account feature helpdeskPushVerification.
    static bool isVisible(const protocol::Token &token, const protocol::Account &account);
    // visible ∧ Edit on Authentication Methods ∧ no verification in flight for the token.
    static bool isEnabled(const protocol::Token &token, const protocol::Account &account,
                          const protocol::Permissions &permissions, bool verificationInFlight);
    static QString toolTip(const protocol::Token &token, const protocol::Account &account,
                           const protocol::Permissions &permissions, bool verificationInFlight);
    static Decision evaluate(const protocol::Token &token, const protocol::Account &account,
                             const protocol::Permissions &permissions, bool verificationInFlight);
};

} // namespace vd::app
