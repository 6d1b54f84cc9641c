// SPDX-License-Identifier: MIT
// What the Push Verification panel says about an outcome, in the operator's language: the
// spec's "Recommended action" column word for word, the dispatch-failure reason, and the short
// push status. Pure functions, kept apart from the controller's state machine; they keep the
// controller's translation context so existing translations stay attached.
#pragma once

#include "wire.h"

#include <QCoreApplication>
#include <QString>

namespace vd::app {

class OutcomeTexts {
    Q_DECLARE_TR_FUNCTIONS(vd::app::VerificationController)
public:
    static QString recommendedAction(wire::VerificationState outcome); // empty: not an outcome
    static QString dispatchReason(wire::DispatchReason reason);
    static QString status(wire::VerificationState outcome);

    OutcomeTexts() = delete;
};

} // namespace vd::app
