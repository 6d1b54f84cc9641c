// SPDX-License-Identifier: MIT
// PanelRig: canned server answers for each Push Verification panel state.
#include "panelrig.h"

#include "fixtures.h"

#include <QTest>

namespace vd::test {

using app::VerificationController;
using State = VerificationController::State;
using VS = wire::VerificationState;

namespace {
const QString kPost = QStringLiteral("/api/v1/verifications");
}

PanelRig::PanelRig() {
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    api.setSessionToken("test-session");
    VerificationController::Timing t;
    t.pollInterval = std::chrono::milliseconds(2000);
    // The result stays until the test moves on; tests of auto-hide set their own delay.
    t.autoHideDelay = std::chrono::hours(1);
    controller.setTiming(t);
    // Polls stay open unless a case answers them: events drive the outcome.
    transport.route("GET", QString(kPost + QStringLiteral("/v1")),
                    [](const app::HttpRequest &) { return std::optional<app::HttpResponse>(); });
    transport.route("DELETE", QString(kPost + QStringLiteral("/v1")), FakeTransport::noContent());
}

protocol::Verification PanelRig::make(VS state, wire::Mode mode, const QString &number) const {
    protocol::Verification v =
        Fixtures::verification(QStringLiteral("v1"), state, clock.now(), 120, mode);
    if (mode == wire::Mode::NumericChallenge && state != VS::DispatchFailed)
        v.verificationNumber = number;
    return v;
}

QString PanelRig::verificationPath() const {
    return QString(kPost + QStringLiteral("/v1"));
}

bool PanelRig::start() {
    controller.start(QStringLiteral("jdoe"), QStringLiteral("John Doe"), QStringLiteral("MP-1001"));
    return controller.state() == State::Sending;
}

bool PanelRig::waitFor(State state) {
    return QTest::qWaitFor([this, state] { return controller.state() == state; }, WaitMs);
}

bool PanelRig::sendHeld() {
    transport.route("POST", kPost,
                    [](const app::HttpRequest &) { return std::optional<app::HttpResponse>(); });
    return start();
}

bool PanelRig::sendNumeric(const QString &number) {
    m_current = make(VS::Pending, wire::Mode::NumericChallenge, number);
    transport.route("POST", kPost, FakeTransport::json(201, m_current.toJson()));
    return start() && waitFor(State::Waiting);
}

bool PanelRig::sendPlain() {
    m_current = make(VS::Pending, wire::Mode::PlainPush);
    transport.route("POST", kPost, FakeTransport::json(201, m_current.toJson()));
    return start() && waitFor(State::Waiting);
}

bool PanelRig::sendDispatchFailed(const QString &reason) {
    m_current = make(VS::DispatchFailed, wire::Mode::NumericChallenge);
    m_current.reason = reason;
    m_current.verificationNumber.reset();
    transport.route("POST", kPost, FakeTransport::json(201, m_current.toJson()));
    return start() && waitFor(State::Result);
}

bool PanelRig::failToSend(int status, const QString &code, const QString &message) {
    transport.route("POST", kPost, FakeTransport::error(status, code, message));
    return start() && waitFor(State::Error);
}

bool PanelRig::finish(VS outcome) {
    if (controller.state() != State::Waiting)
        return false;
    protocol::Verification v = m_current;
    v.state = outcome;
    v.completedAt = clock.now();
    Q_EMIT events.verificationUpdated(v);
    return waitFor(State::Result);
}

bool PanelRig::loseConnection() {
    if (controller.state() != State::Waiting)
        return false;
    transport.route("GET", verificationPath(),
                    FakeTransport::networkError(app::HttpResponse::NetworkError::Unreachable));
    // Answer the poll that is already open, then let the next ones fail too.
    for (const FakeTransport::Entry &e : transport.open("GET", verificationPath()))
        transport.reply(e.id,
                        FakeTransport::networkError(app::HttpResponse::NetworkError::Unreachable));
    VerificationController::Timing t = controller.timingConfig();
    t.pollInterval = std::chrono::milliseconds(20);
    controller.setTiming(t);
    return QTest::qWaitFor([this] { return controller.isReconnecting(); }, WaitMs);
}

} // namespace vd::test
