// SPDX-License-Identifier: MIT
// End to end without a display: the console core (Session, ApiClient, NetworkTransport,
// EventStream, VerificationController) against the real verifydesk-server and the real
// verifydesk-device, for every result of API.md, cancel, and the audit trail each leaves.
#include "audittrail.h"
#include "consolecore.h"
#include "deviceprocess.h"
#include "eventstream.h"
#include "outcometexts.h"
#include "serverprocess.h"
#include "session.h"
#include "systemclock.h"
#include "testhttp.h"
#include "verificationcontroller.h"
#include "wire.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <memory>

using vd::app::VerificationController;
using vd::e2e::ConsoleCore;
using vd::test::DeviceProcess;
using vd::test::ServerProcess;
using vd::test::TestHttp;
using vd::wire::VerificationState;
using State = VerificationController::State;
using Severity = VerificationController::Severity;

Q_DECLARE_METATYPE(VerificationState)

namespace {

constexpr int LineTimeoutMs = 20000;
constexpr int StateTimeoutMs = 20000;
// Long enough that only the event stream can deliver a result within StateTimeoutMs.
constexpr std::chrono::milliseconds EventsOnlyPoll{60000};
constexpr std::chrono::milliseconds AutoHide{1000};

// The texts of API.md, typed out here so that a drift in protocol/ fails this test too.
QString apiText(const char *utf8) {
    return QString::fromUtf8(utf8);
}

QString quoted(const QString &text) {
    return QRegularExpression::escape(text);
}

QRegularExpression line(const QString &pattern) {
    return QRegularExpression(pattern);
}

// Every message of the process (the core logs through Qt categories), for the secrets check.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestE2eVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void deviceAnswer_data();
    void deviceAnswer();
    void dispatchFailed();
    void cancelWhileWaiting();
    void timedOut();
    void noSecretInAnyOutput();

private:
    // What the panel showed on entering Result (auto-hide clears it afterwards).
    struct Shown {
        QString resultText;
        QString reasonText;
        Severity severity = Severity::None;
        std::optional<VerificationState> serverState;
        QString verificationId;
    };

    std::unique_ptr<VerificationController> makeController(ConsoleCore &core, bool withEvents);
    bool activate(ServerProcess &server, const QString &tokenFile);
    QStringList deviceArgs(const ServerProcess &server, const QString &tokenFile) const;
    void keepOutput(DeviceProcess &device);
    static std::optional<VerificationState> serverState(ConsoleCore &core, const QString &id);
    void waitForWaiting(VerificationController &controller);

    ServerProcess m_server;      // --verification-timeout 60
    ServerProcess m_shortServer; // --verification-timeout 3, for the timed-out case
    std::unique_ptr<ConsoleCore> m_core;
    QTemporaryDir m_dir;
    QString m_tokenFile; // MP-1001 on m_server
    QList<QByteArray> m_secrets;
    QByteArray m_deviceOutput; // stdout and stderr of every device run
    QList<Shown> m_shown;
    std::unique_ptr<VerificationController> m_controller;
};

void TestE2eVerification::initTestCase() {
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY2(m_server.start({QStringLiteral("--verification-timeout"), QStringLiteral("60")}),
             qPrintable(m_server.errorString()));
    m_core = std::make_unique<ConsoleCore>();
    QString error;
    QVERIFY2(m_core->signIn(m_server.baseUrl(), QStringLiteral("helpdesk"),
                            QStringLiteral("helpdesk"), &error),
             qPrintable(error));
    QCOMPARE(m_core->session()->operatorInfo().username, QStringLiteral("helpdesk"));
    QVERIFY(m_core->session()->account().helpdeskPushVerification);
    QVERIFY(m_core->session()->policy().numericChallengeEnabled);
    m_secrets << m_core->sessionToken();

    m_tokenFile = m_dir.filePath(QStringLiteral("mp-1001.json"));
    QVERIFY(activate(m_server, m_tokenFile));
}

void TestE2eVerification::cleanupTestCase() {
    m_controller.reset();
    m_core.reset();
    qInstallMessageHandler(g_previousHandler);
}

void TestE2eVerification::cleanup() {
    // A failed case must not leave MP-1001 pending for the next one (409): the controller
    // cancels on the server when it is destroyed mid-flow.
    m_controller.reset();
    QTest::qWait(200);
    m_shown.clear();
}

std::unique_ptr<VerificationController> TestE2eVerification::makeController(ConsoleCore &core,
                                                                            bool withEvents) {
    auto controller = std::make_unique<VerificationController>(
        core.api(), &vd::app::SystemClock::instance(), withEvents ? core.events() : nullptr);
    VerificationController::Timing timing;
    if (withEvents)
        timing.pollInterval = EventsOnlyPoll;
    timing.autoHideDelay = AutoHide;
    controller->setTiming(timing);
    VerificationController *c = controller.get();
    connect(c, &VerificationController::stateChanged, this, [this, c](State state) {
        if (state == State::Result)
            m_shown.append({c->resultText(), c->reasonText(), c->severity(), c->serverState(),
                            c->verificationId()});
    });
    return controller;
}

QStringList TestE2eVerification::deviceArgs(const ServerProcess &server,
                                            const QString &tokenFile) const {
    return {QStringLiteral("--server"), server.baseUrl().toString(),    QStringLiteral("--serial"),
            QStringLiteral("MP-1001"),  QStringLiteral("--token-file"), tokenFile};
}

bool TestE2eVerification::activate(ServerProcess &server, const QString &tokenFile) {
    // The admin asks for the code through the API, as an operator would for a caller.
    TestHttp http(server.baseUrl());
    const QByteArray admin = http.signIn(QStringLiteral("admin"), QStringLiteral("admin"));
    const QString code = http.activationCode(admin, QStringLiteral("MP-1001"));
    if (admin.isEmpty() || code.isEmpty()) {
        qWarning("no activation code for MP-1001");
        return false;
    }
    m_secrets << admin << code.toUtf8();
    DeviceProcess device;
    if (!device.start(deviceArgs(server, tokenFile)
                      << QStringLiteral("--activation-code") << code << QStringLiteral("--auto")
                      << QStringLiteral("ignore")))
        return false;
    const bool activated =
        device.waitForLine(line(QStringLiteral("^activated MP-1001$")), LineTimeoutMs).hasMatch();
    if (!activated)
        qWarning("device did not activate: %s", device.readAllStderr().constData());
    device.stop();
    keepOutput(device);
    QFile file(tokenFile);
    if (!activated || !file.open(QIODevice::ReadOnly))
        return false;
    const QString deviceToken = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("deviceToken"))
                                    .toString();
    m_secrets << deviceToken.toUtf8();
    return !deviceToken.isEmpty();
}

void TestE2eVerification::keepOutput(DeviceProcess &device) {
    m_deviceOutput += device.readAllStdout() + device.readAllStderr();
}

std::optional<VerificationState> TestE2eVerification::serverState(ConsoleCore &core,
                                                                  const QString &id) {
    QString error;
    const auto v = core.verification(id, &error);
    return v ? std::optional(v->state) : std::nullopt;
}

void TestE2eVerification::waitForWaiting(VerificationController &controller) {
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Waiting, StateTimeoutMs);
    QCOMPARE(controller.mode(), VerificationController::Mode::NumericChallenge);
    QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]$"))
                 .match(controller.verificationNumber())
                 .hasMatch(),
             qPrintable(controller.verificationNumber()));
    QVERIFY(!controller.verificationId().isEmpty());
    QCOMPARE(controller.statusText(), QStringLiteral("Waiting for user response..."));
    QCOMPARE(controller.userName(), QStringLiteral("John Doe"));
    QCOMPARE(controller.tokenSerial(), QStringLiteral("MP-1001"));
    QVERIFY(controller.remainingSeconds() > 0);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+:\\d\\d$"))
                .match(controller.countdownText())
                .hasMatch());
}

void TestE2eVerification::deviceAnswer_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("withEvents");
    QTest::addColumn<VerificationState>("state");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("text");
    const QString approved = apiText("User Authenticated \u2014 Service team can proceed with "
                                     "password/privilege changes.");
    QTest::newRow("correct number, event stream")
        << "correct" << true << VerificationState::Approved << Severity::Success << approved;
    QTest::newRow("wrong number, event stream")
        << "wrong" << true << VerificationState::WrongNumber << Severity::Failure
        << apiText("Authentication Failed \u2014 Wrong number selected. Service team should NOT "
                   "proceed.");
    QTest::newRow("deny, event stream")
        << "deny" << true << VerificationState::Denied << Severity::Failure
        << apiText("Authentication Failed \u2014 Service team should NOT proceed.");
    QTest::newRow("correct number, polling only")
        << "correct" << false << VerificationState::Approved << Severity::Success << approved;
}

void TestE2eVerification::deviceAnswer() {
    QFETCH(QString, mode);
    QFETCH(bool, withEvents);
    QFETCH(VerificationState, state);
    QFETCH(Severity, severity);
    QFETCH(QString, text);
    const QString ticket =
        QString(QStringLiteral("INC ") + QString::fromUtf8(QTest::currentDataTag())).left(64);

    m_controller = makeController(*m_core, withEvents);
    m_controller->start(QStringLiteral("jdoe"), QStringLiteral("John Doe"),
                        QStringLiteral("MP-1001"), ticket);
    QCOMPARE(m_controller->state(), State::Sending);
    waitForWaiting(*m_controller);
    const QString number = m_controller->verificationNumber();
    const QString id = m_controller->verificationId();

    // Started after the push, with the number the operator reads out: the device finds the
    // open request when it connects.
    DeviceProcess device;
    QStringList args = deviceArgs(m_server, m_tokenFile) << QStringLiteral("--auto") << mode;
    if (mode != QLatin1String("deny"))
        args << QStringLiteral("--expect") << number;
    QVERIFY(device.start(args));
    const auto head = device.waitForLine(line(QStringLiteral("^request (\\S+)$")), LineTimeoutMs);
    QVERIFY2(head.hasMatch(), device.readAllStderr().constData());
    const QString requestId = head.captured(1);
    QVERIFY(device.waitForLine(line(QStringLiteral("^  user: John Doe$")), 5000).hasMatch());
    const auto choices =
        device.waitForLine(line(QStringLiteral("^  choices: (\\d\\d) (\\d\\d) (\\d\\d)$")), 5000);
    QVERIFY(choices.hasMatch());
    const QStringList offered = choices.capturedTexts().mid(1);
    QVERIFY2(offered.contains(number), qPrintable(offered.join(QLatin1Char(' '))));

    const auto answered =
        device.waitForLine(line(QStringLiteral("^answered ") + quoted(requestId) +
                                QStringLiteral(": (approve|deny)(?: (\\d+))? -> (\\S+)$")),
                           LineTimeoutMs);
    QVERIFY2(answered.hasMatch(), device.readAllStdout().constData());
    QCOMPARE(answered.captured(3), vd::wire::toWire(state));
    if (mode == QLatin1String("correct")) {
        QCOMPARE(answered.captured(2), number);
    } else if (mode == QLatin1String("wrong")) {
        QVERIFY(answered.captured(2) != number);
        QVERIFY(offered.contains(answered.captured(2)));
    } else {
        QCOMPARE(answered.captured(1), QStringLiteral("deny"));
    }

    QTRY_COMPARE_WITH_TIMEOUT(m_shown.size(), 1, StateTimeoutMs);
    const Shown shown = m_shown.first();
    QCOMPARE(shown.verificationId, id);
    QCOMPARE(shown.resultText, text);
    QCOMPARE(shown.resultText, vd::wire::resultText(state));
    QCOMPARE(shown.severity, severity);
    QVERIFY(shown.serverState == state);

    QString error;
    const auto onServer = m_core->verification(id, &error);
    QVERIFY2(onServer, qPrintable(error));
    QCOMPARE(onServer->state, state);
    QVERIFY(onServer->completedAt.has_value());
    QCOMPARE(onServer->ticket.value_or(QString()), ticket);
    vd::e2e::verifyAuditTrail(*m_core, id, QStringLiteral("jdoe"), QStringLiteral("MP-1001"), state,
                              ticket);
    if (QTest::currentTestFailed())
        return;

    // Auto-hide, then Send Push may go again.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), State::Hidden, StateTimeoutMs);
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(device.stop(), 0);
    keepOutput(device);
}

void TestE2eVerification::dispatchFailed() {
    m_controller = makeController(*m_core, true);
    const QString ticket = QStringLiteral("INC-nodevice");
    m_controller->start(QStringLiteral("cnodev"), QStringLiteral("Carol Nodev"),
                        QStringLiteral("MP-1003"), ticket);
    QTRY_COMPARE_WITH_TIMEOUT(m_shown.size(), 1, StateTimeoutMs);
    const Shown shown = m_shown.first();
    QCOMPARE(shown.resultText, apiText("Failed to send push notification. Please check the "
                                       "token configuration and try again."));
    QCOMPARE(shown.resultText, vd::wire::resultText(VerificationState::DispatchFailed));
    QCOMPARE(shown.severity, Severity::Warning);
    QVERIFY(shown.serverState == VerificationState::DispatchFailed);
    QCOMPARE(shown.reasonText,
             vd::app::OutcomeTexts::dispatchReason(vd::wire::DispatchReason::DeviceUnreachable));
    QVERIFY(m_controller->verificationNumber().isEmpty());

    QString error;
    const auto onServer = m_core->verification(shown.verificationId, &error);
    QVERIFY2(onServer, qPrintable(error));
    QCOMPARE(onServer->state, VerificationState::DispatchFailed);
    QCOMPARE(onServer->reason.value_or(QString()), QStringLiteral("device_unreachable"));
    QVERIFY(!onServer->verificationNumber.has_value());
    vd::e2e::verifyAuditTrail(*m_core, shown.verificationId, QStringLiteral("cnodev"),
                              QStringLiteral("MP-1003"), VerificationState::DispatchFailed, ticket);
}

void TestE2eVerification::cancelWhileWaiting() {
    m_controller = makeController(*m_core, true);
    const QString ticket = QStringLiteral("INC-cancel");
    m_controller->start(QStringLiteral("jdoe"), QStringLiteral("John Doe"),
                        QStringLiteral("MP-1001"), ticket);
    waitForWaiting(*m_controller);
    const QString id = m_controller->verificationId();
    const QString number = m_controller->verificationNumber();

    // Even the right number, answered after the operator gave up, must count for nothing.
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(m_server, m_tokenFile)
                         << QStringLiteral("--auto") << QStringLiteral("correct")
                         << QStringLiteral("--expect") << number << QStringLiteral("--auto-delay")
                         << QStringLiteral("4000")));
    const auto head = device.waitForLine(line(QStringLiteral("^request (\\S+)$")), LineTimeoutMs);
    QVERIFY2(head.hasMatch(), device.readAllStderr().constData());

    m_controller->cancel();
    QCOMPARE(m_controller->state(), State::Hidden); // at once, not after the server answered
    QVERIFY(m_controller->verificationId().isEmpty());
    QVERIFY(m_controller->resultText().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(serverState(*m_core, id) == VerificationState::Cancelled,
                             StateTimeoutMs);

    const auto answered = device.waitForLine(
        line(QStringLiteral("^answered ") + quoted(head.captured(1)) +
             QStringLiteral(": approve ") + number + QStringLiteral(" -> (.+)$")),
        LineTimeoutMs);
    QVERIFY2(answered.hasMatch(), device.readAllStdout().constData());
    QCOMPARE(answered.captured(1), QStringLiteral("request closed"));
    QString error;
    const auto after = m_core->verification(id, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->state, VerificationState::Cancelled);
    QCOMPARE(m_controller->state(), State::Hidden);
    QVERIFY(m_shown.isEmpty());
    vd::e2e::verifyAuditTrail(*m_core, id, QStringLiteral("jdoe"), QStringLiteral("MP-1001"),
                              VerificationState::Cancelled, ticket);
    if (QTest::currentTestFailed())
        return;

    // The token is free again: a new push is accepted (no verification_pending).
    m_controller->start(QStringLiteral("jdoe"), QStringLiteral("John Doe"),
                        QStringLiteral("MP-1001"));
    waitForWaiting(*m_controller);
    QVERIFY(m_controller->verificationId() != id);
    m_controller->cancel();
    QCOMPARE(device.stop(), 0);
    keepOutput(device);
}

void TestE2eVerification::timedOut() {
    QVERIFY2(m_shortServer.start({QStringLiteral("--verification-timeout"), QStringLiteral("3")}),
             qPrintable(m_shortServer.errorString()));
    ConsoleCore core;
    QString error;
    QVERIFY2(core.signIn(m_shortServer.baseUrl(), QStringLiteral("helpdesk"),
                         QStringLiteral("helpdesk"), &error),
             qPrintable(error));
    m_secrets << core.sessionToken();
    const QString tokenFile = m_dir.filePath(QStringLiteral("short-mp-1001.json"));
    QVERIFY(activate(m_shortServer, tokenFile));

    // Running before the push, so the 3 s go to the caller who never answers.
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(m_shortServer, tokenFile)
                         << QStringLiteral("--auto") << QStringLiteral("ignore")));
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: websocket$")), LineTimeoutMs).hasMatch());

    m_controller = makeController(core, true);
    const QString ticket = QStringLiteral("INC-timeout");
    m_controller->start(QStringLiteral("jdoe"), QStringLiteral("John Doe"),
                        QStringLiteral("MP-1001"), ticket);
    waitForWaiting(*m_controller);
    QVERIFY(m_controller->remainingSeconds() <= 3);
    const QString id = m_controller->verificationId();
    QVERIFY(device.waitForLine(line(QStringLiteral("^request \\S+$")), LineTimeoutMs).hasMatch());

    QTRY_COMPARE_WITH_TIMEOUT(m_shown.size(), 1, StateTimeoutMs);
    const Shown shown = m_shown.first();
    QCOMPARE(shown.verificationId, id);
    QCOMPARE(shown.resultText,
             apiText("Push authentication timed out. Please escalate to next verification tier."));
    QCOMPARE(shown.resultText, vd::wire::resultText(VerificationState::TimedOut));
    QCOMPARE(shown.severity, Severity::Warning);
    QVERIFY(shown.serverState == VerificationState::TimedOut);
    const auto onServer = core.verification(id, &error);
    QVERIFY2(onServer, qPrintable(error));
    QCOMPARE(onServer->state, VerificationState::TimedOut);
    vd::e2e::verifyAuditTrail(core, id, QStringLiteral("jdoe"), QStringLiteral("MP-1001"),
                              VerificationState::TimedOut, ticket);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!device.readAllStdout().contains("answered"));
    m_controller.reset(); // before `core`, whose ApiClient it uses
    QCOMPARE(device.stop(), 0);
    keepOutput(device);
}

void TestE2eVerification::noSecretInAnyOutput() {
    // Session tokens, activation codes and device tokens: never in a log line of the server,
    // the device or the console core.
    QByteArray everything = m_server.readAllStdout() + m_server.readAllStderr() +
                            m_shortServer.readAllStdout() + m_shortServer.readAllStderr() +
                            m_deviceOutput;
    {
        QMutexLocker lock(&g_logMutex);
        // The capture works: the core's own lines about this run are in it.
        QVERIFY(g_log.contains(QStringLiteral("sending push to jdoe token MP-1001")));
        everything += g_log.join(QLatin1Char('\n')).toUtf8();
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(m_secrets.size() >= 4);
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        QVERIFY(secret.size() >= 6);
        QVERIFY2(!everything.contains(secret), "a secret appears in a log line");
    }
}

QTEST_GUILESS_MAIN(TestE2eVerification)
#include "tst_e2e_verification.moc"
