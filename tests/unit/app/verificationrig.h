// SPDX-License-Identifier: MIT
// A VerificationController wired to fakes (clock, transport, event source) with fast timers,
// plus helpers to drive it into any panel state: for the controller's tests and the UI's.
#pragma once

#include "apiclient.h"
#include "fakeclock.h"
#include "faketransport.h"
#include "verificationcontroller.h"
#include "verificationeventsource.h"

#include <QStringList>

namespace vd::test {

class VerificationRig {
public:
    static const QString PostPath; // /api/v1/verifications
    static const QString V1Path;   // /api/v1/verifications/v1

    VerificationRig();
    VerificationRig(const VerificationRig &) = delete;
    VerificationRig &operator=(const VerificationRig &) = delete;

    FakeClock clock;
    FakeTransport transport;
    app::ApiClient api{&transport};
    app::VerificationEventSource events;
    app::VerificationController controller{&api, &clock, &events};
    QStringList resultTexts; // every value resultText ever took

    // A verification "v1" for jdoe / MP-1001 created now, expiring in 120 s.
    protocol::Verification make(wire::VerificationState state,
                                wire::Mode mode = wire::Mode::NumericChallenge,
                                const QString &id = QStringLiteral("v1")) const;
    void postAnswers(const protocol::Verification &v);
    void pollAnswers(const protocol::Verification &v);
    void holdPolls(); // GETs stay pending until answered by hand
    void start();     // Send Push for jdoe / John Doe / MP-1001

    // Drives to Waiting (polls held); false if it did not get there within `timeoutMs`.
    bool driveToWaiting(wire::Mode mode = wire::Mode::NumericChallenge, int timeoutMs = 5000);
    // Delivers the server's terminal state as an event (applies at once).
    void finish(wire::VerificationState state);

    bool waiting() const;
    int polls() const;
    int openPolls() const;
    bool sawResultText(const QString &text) const { return resultTexts.contains(text); }
};

} // namespace vd::test
