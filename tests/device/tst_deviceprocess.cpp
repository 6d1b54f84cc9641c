// SPDX-License-Identifier: MIT
// verifydesk-device against the real verifydesk-server: activation, each answer and the
// verification state it leads to, the printed request block, polling, stdin, refusals.
#include "deviceprocess.h"
#include "serverprocess.h"
#include "testhttp.h"

#include <QFile>
#include <QTest>

using vd::test::DeviceProcess;
using vd::test::ServerProcess;
using vd::test::TestHttp;

namespace {

constexpr int LineTimeoutMs = 30000;

QRegularExpression line(const QString &pattern) {
    return QRegularExpression(pattern);
}

QString quoted(const QString &text) {
    return QRegularExpression::escape(text);
}

} // namespace

class TestDeviceProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void answerDecidesState_data();
    void answerDecidesState();
    void livePushIsDenied();
    void pollingFallback();
    void plainPush();
    void interactiveAnswer();
    void cancelledRequestIsClosed();
    void reconnectsAfterServerRestart();
    void usedActivationCodeRefused();
    void replacedDeviceTokenFails();
    void noTokenIsUsageError();

private:
    struct Created {
        QString id;
        QString number;
    };
    Created createVerification();
    QString stateOf(const QString &id);
    bool waitForState(const QString &id, const QString &state, int timeoutMs = 30000);
    QStringList deviceArgs(const QString &serial, const QString &tokenFile) const;
    bool activate(DeviceProcess &device, const QString &serial, const QString &tokenFile,
                  QString *code = nullptr);

    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_admin;
    QByteArray m_helpdesk;
    QString m_tokenFile; // MP-1001, activated once
    QTemporaryDir m_dir;
    QString m_pending; // a verification a failed test left pending
};

void TestDeviceProcess::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    m_admin = m_http->signIn(QStringLiteral("admin"), QStringLiteral("admin"));
    QVERIFY(!m_admin.isEmpty());
    m_helpdesk = m_http->signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"));
    QVERIFY(!m_helpdesk.isEmpty());

    m_tokenFile = m_dir.filePath(QStringLiteral("mp-1001.json"));
    DeviceProcess device;
    QVERIFY(activate(device, QStringLiteral("MP-1001"), m_tokenFile));
    QCOMPARE(device.stop(), 0);
    QVERIFY(QFile::exists(m_tokenFile));
    // The device token is a secret: it is in the file, never in the output.
    QFile file(m_tokenFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString token = QJsonDocument::fromJson(file.readAll())
                              .object()
                              .value(QStringLiteral("deviceToken"))
                              .toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!device.readAllStdout().contains(token.toUtf8()));
    QVERIFY(!device.readAllStderr().contains(token.toUtf8()));
}

void TestDeviceProcess::cleanup() {
    if (!m_pending.isEmpty())
        m_http->del(QStringLiteral("/api/v1/verifications/") + m_pending, {}, m_helpdesk);
    m_pending.clear();
}

QStringList TestDeviceProcess::deviceArgs(const QString &serial, const QString &tokenFile) const {
    return {QStringLiteral("--server"),     m_server.baseUrl().toString(),
            QStringLiteral("--serial"),     serial,
            QStringLiteral("--token-file"), tokenFile};
}

bool TestDeviceProcess::activate(DeviceProcess &device, const QString &serial,
                                 const QString &tokenFile, QString *codeOut) {
    const QString code = m_http->activationCode(m_admin, serial);
    if (code.isEmpty())
        return false;
    if (codeOut)
        *codeOut = code;
    if (!device.start(deviceArgs(serial, tokenFile)
                      << QStringLiteral("--activation-code") << code << QStringLiteral("--auto")
                      << QStringLiteral("ignore")))
        return false;
    const bool ok =
        device
            .waitForLine(line(QStringLiteral("^activated ") + quoted(serial) + QLatin1Char('$')),
                         LineTimeoutMs)
            .hasMatch();
    if (!ok)
        qWarning("device did not activate: %s", device.readAllStderr().constData());
    return ok;
}

TestDeviceProcess::Created TestDeviceProcess::createVerification() {
    const auto reply = m_http->post(QStringLiteral("/api/v1/verifications"),
                                    {{QStringLiteral("userId"), QStringLiteral("jdoe")},
                                     {QStringLiteral("tokenSerial"), QStringLiteral("MP-1001")}},
                                    m_helpdesk);
    if (reply.status != 201) {
        qWarning("create verification: %s", qPrintable(reply.describe()));
        return {};
    }
    const QJsonObject v = reply.object();
    m_pending = v.value(QStringLiteral("id")).toString();
    return {m_pending, v.value(QStringLiteral("verificationNumber")).toString()};
}

QString TestDeviceProcess::stateOf(const QString &id) {
    return m_http->get(QStringLiteral("/api/v1/verifications/") + id, {}, m_helpdesk)
        .object()
        .value(QStringLiteral("state"))
        .toString();
}

bool TestDeviceProcess::waitForState(const QString &id, const QString &state, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (stateOf(id) == state)
            return true;
        QTest::qWait(200);
    }
    qWarning("verification %s is %s, not %s", qPrintable(id), qPrintable(stateOf(id)),
             qPrintable(state));
    return false;
}

void TestDeviceProcess::answerDecidesState_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("state");
    QTest::newRow("correct") << "correct"
                             << "approved";
    QTest::newRow("wrong") << "wrong"
                           << "wrong_number";
    QTest::newRow("deny") << "deny"
                          << "denied";
}

void TestDeviceProcess::answerDecidesState() {
    QFETCH(QString, mode);
    QFETCH(QString, state);
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    QVERIFY2(!v.number.isEmpty(), "demo policy is numeric");

    // Started after the push: the device finds the open request when it connects.
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--auto") << mode << QStringLiteral("--expect")
                         << v.number));
    const auto head = device.waitForLine(line(QStringLiteral("^request (\\S+)$")), LineTimeoutMs);
    QVERIFY2(head.hasMatch(), device.readAllStderr().constData());
    const QString requestId = head.captured(1);
    // The block, in this order, right after its head line.
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^  organization: Acme Corp$")), 5000).hasMatch());
    QVERIFY(device.waitForLine(line(QStringLiteral("^  resource: \\S.*$")), 5000).hasMatch());
    QVERIFY(device.waitForLine(line(QStringLiteral("^  user: John Doe$")), 5000).hasMatch());
    QVERIFY(device
                .waitForLine(line(QStringLiteral(
                                 "^  time: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")),
                             5000)
                .hasMatch());
    const auto choices =
        device.waitForLine(line(QStringLiteral("^  choices: (\\d+) (\\d+) (\\d+)$")), 5000);
    QVERIFY(choices.hasMatch());
    QVERIFY(choices.capturedTexts().mid(1).contains(v.number));

    const QString answered = QStringLiteral("^answered ") + quoted(requestId) +
                             QStringLiteral(": (approve \\d+|deny) -> ") + state + QLatin1Char('$');
    const auto result = device.waitForLine(line(answered), LineTimeoutMs);
    QVERIFY2(result.hasMatch(), qPrintable(device.lines().join(QLatin1Char('\n'))));
    if (mode == QLatin1String("correct"))
        QCOMPARE(result.captured(1), QStringLiteral("approve ") + v.number);
    QVERIFY(waitForState(v.id, state));
    m_pending.clear();
    // Pushed on connect and listed by the catch-up poll: shown and answered once.
    QCOMPARE(device.lines().filter(QRegularExpression(QStringLiteral("^request "))).size(), 1);
    QCOMPARE(device.lines().filter(QRegularExpression(QStringLiteral("^answered "))).size(), 1);
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::livePushIsDenied() {
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--auto") << QStringLiteral("deny")));
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: websocket$")), LineTimeoutMs).hasMatch());
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^answered \\S+: deny -> denied$")), LineTimeoutMs)
            .hasMatch());
    QVERIFY(waitForState(v.id, QStringLiteral("denied")));
    m_pending.clear();
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::pollingFallback() {
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--no-websocket") << QStringLiteral("--poll-interval")
                         << QStringLiteral("300") << QStringLiteral("--auto")
                         << QStringLiteral("correct") << QStringLiteral("--expect") << v.number));
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: polling every 300 ms$")), LineTimeoutMs)
            .hasMatch());
    QVERIFY(device
                .waitForLine(line(QStringLiteral("^answered \\S+: approve ") + v.number +
                                  QStringLiteral(" -> approved$")),
                             LineTimeoutMs)
                .hasMatch());
    QVERIFY(waitForState(v.id, QStringLiteral("approved")));
    m_pending.clear();
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::plainPush() {
    const auto off = m_http->put(QStringLiteral("/api/v1/policy"),
                                 {{QStringLiteral("numericChallengeEnabled"), false}}, m_admin);
    QCOMPARE(off.status, 200);
    const Created v = createVerification();
    m_http->put(QStringLiteral("/api/v1/policy"),
                {{QStringLiteral("numericChallengeEnabled"), true}}, m_admin);
    QVERIFY(!v.id.isEmpty());
    QVERIFY(v.number.isEmpty());
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--auto") << QStringLiteral("approve")));
    QVERIFY(
        device
            .waitForLine(line(QStringLiteral("^  choices: none \\(plain push\\)$")), LineTimeoutMs)
            .hasMatch());
    QVERIFY(device
                .waitForLine(line(QStringLiteral("^answered \\S+: approve -> approved$")),
                             LineTimeoutMs)
                .hasMatch());
    QVERIFY(waitForState(v.id, QStringLiteral("approved")));
    m_pending.clear();
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::interactiveAnswer() {
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)));
    QVERIFY(device.waitForLine(line(QStringLiteral("^prompt \\S+: ")), LineTimeoutMs).hasMatch());
    device.write("7\n"); // not offered: asked again, nothing sent
    QVERIFY(device.waitForLine(line(QStringLiteral("not offered")), LineTimeoutMs).hasMatch());
    QCOMPARE(stateOf(v.id), QStringLiteral("pending"));
    device.write(QByteArray(v.number.toLatin1() + '\n'));
    QVERIFY(device
                .waitForLine(line(QStringLiteral("^answered \\S+: approve ") + v.number +
                                  QStringLiteral(" -> approved$")),
                             LineTimeoutMs)
                .hasMatch());
    QVERIFY(waitForState(v.id, QStringLiteral("approved")));
    m_pending.clear();
    // End of input ends an interactive device cleanly.
    device.closeStdin();
    QCOMPARE(device.waitForExit(), 0);
}

void TestDeviceProcess::cancelledRequestIsClosed() {
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--no-websocket") << QStringLiteral("--poll-interval")
                         << QStringLiteral("200") << QStringLiteral("--auto")
                         << QStringLiteral("ignore")));
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    const auto head = device.waitForLine(line(QStringLiteral("^request (\\S+)$")), LineTimeoutMs);
    QVERIFY(head.hasMatch());
    QCOMPARE(m_http->del(QStringLiteral("/api/v1/verifications/") + v.id, {}, m_helpdesk).status,
             204);
    m_pending.clear();
    QVERIFY(device
                .waitForLine(
                    line(QStringLiteral("^closed ") + quoted(head.captured(1)) + QLatin1Char('$')),
                    LineTimeoutMs)
                .hasMatch());
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::reconnectsAfterServerRestart() {
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"), m_tokenFile)
                         << QStringLiteral("--poll-interval") << QStringLiteral("300")
                         << QStringLiteral("--auto") << QStringLiteral("deny")));
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: websocket$")), LineTimeoutMs).hasMatch());
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    // The socket drops, the device polls meanwhile and gets its socket back with backoff.
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: polling")), LineTimeoutMs).hasMatch());
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^channel: websocket$")), LineTimeoutMs).hasMatch());
    // Sessions need not survive a restart: sign in again.
    m_helpdesk = m_http->signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"));
    m_admin = m_http->signIn(QStringLiteral("admin"), QStringLiteral("admin"));
    const Created v = createVerification();
    QVERIFY(!v.id.isEmpty());
    QVERIFY(
        device.waitForLine(line(QStringLiteral("^answered \\S+: deny -> denied$")), LineTimeoutMs)
            .hasMatch());
    QVERIFY(waitForState(v.id, QStringLiteral("denied")));
    m_pending.clear();
    QCOMPARE(device.stop(), 0);
}

void TestDeviceProcess::usedActivationCodeRefused() {
    // MP-1003 so the MP-1001 device of the other tests keeps its token.
    DeviceProcess first;
    QString code;
    QVERIFY(activate(first, QStringLiteral("MP-1003"), m_dir.filePath(QStringLiteral("a.json")),
                     &code));
    QCOMPARE(first.stop(), 0);

    const auto direct = m_http->post(QStringLiteral("/device/v1/activate"),
                                     {{QStringLiteral("serial"), QStringLiteral("MP-1003")},
                                      {QStringLiteral("activationCode"), code}});
    QCOMPARE(direct.status, 401);
    QCOMPARE(direct.errorCode(), QStringLiteral("invalid_activation_code"));

    DeviceProcess second;
    const QString tokenFile = m_dir.filePath(QStringLiteral("b.json"));
    QVERIFY(second.start(deviceArgs(QStringLiteral("MP-1003"), tokenFile)
                         << QStringLiteral("--activation-code") << code));
    QCOMPARE(second.waitForExit(LineTimeoutMs), 1);
    const QString stderrText = QString::fromUtf8(second.readAllStderr());
    QVERIFY2(stderrText.contains(direct.errorMessage()), qPrintable(stderrText));
    QVERIFY(!stderrText.contains(code)); // the code is a secret too
    QVERIFY(!QFile::exists(tokenFile));
}

void TestDeviceProcess::replacedDeviceTokenFails() {
    const QString oldFile = m_dir.filePath(QStringLiteral("old.json"));
    DeviceProcess old;
    QVERIFY(activate(old, QStringLiteral("MP-1003"), oldFile));
    QCOMPARE(old.stop(), 0);
    DeviceProcess replacement;
    QVERIFY(activate(replacement, QStringLiteral("MP-1003"),
                     m_dir.filePath(QStringLiteral("new.json"))));
    QCOMPARE(replacement.stop(), 0);

    DeviceProcess stale;
    QVERIFY(stale.start(deviceArgs(QStringLiteral("MP-1003"), oldFile)
                        << QStringLiteral("--poll-interval") << QStringLiteral("200")));
    QCOMPARE(stale.waitForExit(LineTimeoutMs), 1);
    QVERIFY(stale.readAllStderr().contains("--activation-code"));
}

void TestDeviceProcess::noTokenIsUsageError() {
    DeviceProcess device;
    QVERIFY(device.start(deviceArgs(QStringLiteral("MP-1001"),
                                    m_dir.filePath(QStringLiteral("never-activated.json")))));
    QCOMPARE(device.waitForExit(LineTimeoutMs), 2);
    QVERIFY(device.readAllStderr().contains("--activation-code"));
}

QTEST_GUILESS_MAIN(TestDeviceProcess)
#include "tst_deviceprocess.moc"
