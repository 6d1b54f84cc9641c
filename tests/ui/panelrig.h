// SPDX-License-Identifier: MIT
// A VerificationController on fakes (transport, clock, event source) that tests and the
// screenshot tool drive into any panel state with one call.
#pragma once

#include "apiclient.h"
#include "fakeclock.h"
#include "faketransport.h"
#include "verificationcontroller.h"
#include "verificationeventsource.h"

#include <QString>

namespace vd::test {

class PanelRig {
public:
    static constexpr int WaitMs = 10000; // generous: CI shares two slow cores

    PanelRig();

    FakeClock clock;
    FakeTransport transport;
    app::ApiClient api{&transport};
    app::VerificationEventSource events;
    app::VerificationController controller{&api, &clock, &events};

    protocol::Verification make(wire::VerificationState state, wire::Mode mode,
                                const QString &number = QStringLiteral("47")) const;

    // Each returns false when the controller did not reach the expected state in time.
    bool sendHeld(); // POST held: Sending
    bool sendNumeric(const QString &number = QStringLiteral("47"));
    bool sendPlain();
    bool sendDispatchFailed(const QString &reason = QStringLiteral("push_disabled"));
    bool finish(wire::VerificationState outcome); // from Waiting, by event
    bool loseConnection();                        // from Waiting: polls fail
    bool failToSend(int status, const QString &code, const QString &message);

    QString verificationPath() const;

private:
    bool start();
    bool waitFor(app::VerificationController::State state);
    protocol::Verification m_current;
};

} // namespace vd::test
