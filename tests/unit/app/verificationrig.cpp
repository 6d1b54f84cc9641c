// SPDX-License-Identifier: MIT
// VerificationRig: fast timers (20 ms polls, 10 ms ticks); the fake clock decides time.
#include "verificationrig.h"

#include "fixtures.h"

#include <QTest>

using namespace std::chrono_literals;

namespace vd::test {

const QString VerificationRig::PostPath = QStringLiteral("/api/v1/verifications");
const QString VerificationRig::V1Path = QStringLiteral("/api/v1/verifications/v1");

VerificationRig::VerificationRig() {
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    api.setSessionToken("session-token-xyz");
    app::VerificationController::Timing t;
    t.pollInterval = 20ms;
    t.tickInterval = 10ms;
    t.autoHideDelay = 5000ms;
    t.expiryGrace = 20000ms;
    controller.setTiming(t);
    QObject::connect(&controller, &app::VerificationController::resultTextChanged, &controller,
                     [this] { resultTexts.append(controller.resultText()); });
}

protocol::Verification VerificationRig::make(wire::VerificationState state, wire::Mode mode,
                                             const QString &id) const {
    return Fixtures::verification(id, state, clock.now(), 120, mode);
}

void VerificationRig::postAnswers(const protocol::Verification &v) {
    transport.route("POST", PostPath, FakeTransport::json(201, v.toJson()));
}

void VerificationRig::pollAnswers(const protocol::Verification &v) {
    transport.route("GET", QString(PostPath + QLatin1Char('/') + v.id),
                    FakeTransport::json(200, v.toJson()));
}

void VerificationRig::holdPolls() {
    transport.route("GET", V1Path,
                    [](const app::HttpRequest &) { return std::optional<app::HttpResponse>(); });
}

void VerificationRig::start() {
    controller.start(QStringLiteral("jdoe"), QStringLiteral("John Doe"), QStringLiteral("MP-1001"));
}

bool VerificationRig::driveToWaiting(wire::Mode mode, int timeoutMs) {
    postAnswers(make(wire::VerificationState::Pending, mode));
    holdPolls();
    start();
    return QTest::qWaitFor([this] { return waiting(); }, timeoutMs);
}

void VerificationRig::finish(wire::VerificationState state) {
    Q_EMIT events.verificationUpdated(make(state));
}

bool VerificationRig::waiting() const {
    return controller.state() == app::VerificationController::State::Waiting;
}

int VerificationRig::polls() const {
    return transport.count("GET", V1Path);
}

int VerificationRig::openPolls() const {
    return int(transport.open("GET", V1Path).size());
}

} // namespace vd::test
