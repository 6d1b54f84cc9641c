// SPDX-License-Identifier: MIT
// Runs one simulated device from its options.
#include "devicerunner.h"

#include "stdinprompter.h"
#include "tokenstore.h"

#include <QTimer>
#include <cstdio>

namespace vd::device {

DeviceRunner::DeviceRunner(const DeviceOptions &options, ManualInput manualInput, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_manualInput(manualInput)
    , m_client(new DeviceClient(options.server, this)) {
    if (m_options.autoMode)
        m_policy.emplace(*m_options.autoMode, m_options.expect);
    m_client->setPollInterval(m_options.pollIntervalMs);
    m_client->setWebSocketEnabled(!m_options.noWebSocket);

    connect(m_client, &DeviceClient::requestReceived, this, &DeviceRunner::onRequest);
    connect(m_client, &DeviceClient::requestWithdrawn, this, [this](const QString &id) {
        m_printer.printWithdrawn(id);
        if (m_prompter)
            m_prompter->remove(id);
        Q_EMIT requestWithdrawn(id);
    });
    connect(m_client, &DeviceClient::answerFinished, this,
            [this](const QString &id, const Answer &answer, const DeviceClient::Outcome &outcome) {
                m_printer.printAnswered(id, answer, outcome);
                Q_EMIT requestAnswered(id, answer, outcome);
            });
    connect(m_client, &DeviceClient::channelChanged, this, [this](DeviceClient::Channel channel) {
        if (channel == DeviceClient::Channel::WebSocket)
            m_printer.printLine(QStringLiteral("channel: websocket"));
        else if (channel == DeviceClient::Channel::Polling)
            m_printer.printLine(
                QStringLiteral("channel: polling every %1 ms").arg(m_options.pollIntervalMs));
        Q_EMIT channelChanged(channel);
    });
    connect(m_client, &DeviceClient::serverReachableChanged, this,
            [this](bool reachable, const QString &detail) {
                m_printer.printLine(reachable ? QStringLiteral("server: reachable")
                                              : QString(QStringLiteral("server: unreachable (") +
                                                        detail + QLatin1Char(')')));
            });
    connect(m_client, &DeviceClient::unauthorized, this, [this](const QString &message) {
        fail(1, QStringLiteral("the server refused the device token (%1); activate the device "
                               "again with --activation-code")
                    .arg(message));
    });
}

void DeviceRunner::start() {
    TokenStore store(m_options.serial, m_options.tokenFile);
    if (!m_options.activationCode.isEmpty()) {
        connect(m_client, &DeviceClient::activated, this,
                [this, store](const QByteArray &token) mutable {
                    QString error;
                    if (!store.save(token, m_options.server, &error)) {
                        fail(1, error);
                        return;
                    }
                    m_printer.printLine(QStringLiteral("activated ") + m_options.serial);
                    run(token);
                });
        connect(m_client, &DeviceClient::activationFailed, this, [this](const QString &message) {
            fail(1, QStringLiteral("activation failed: ") + message);
        });
        m_client->activate(m_options.serial, m_options.activationCode);
        return;
    }
    QString error;
    bool missing = false;
    const QByteArray token = store.load(&error, &missing);
    if (token.isEmpty()) {
        if (missing)
            fail(2, error + QStringLiteral("; activate the device with --activation-code CODE"));
        else
            fail(1, error);
        return;
    }
    run(token);
}

void DeviceRunner::run(const QByteArray &deviceToken) {
    if (!m_policy && m_manualInput == ManualInput::Stdin) {
        m_prompter = new StdinPrompter(this);
        connect(m_prompter, &StdinPrompter::answerChosen, this, &DeviceRunner::answer);
        connect(m_prompter, &StdinPrompter::message, this,
                [this](const QString &line) { m_printer.printLine(line); });
        connect(m_prompter, &StdinPrompter::endOfInput, this, [this] {
            m_printer.printLine(QStringLiteral("stdin closed"));
            stop();
        });
        m_prompter->start(0);
    }
    m_printer.printLine(QStringLiteral("device ") + m_options.serial +
                        QStringLiteral(" waiting for requests"));
    m_client->start(deviceToken);
}

void DeviceRunner::onRequest(const protocol::PushRequest &request) {
    m_printer.printRequest(request);
    Q_EMIT requestArrived(request);
    if (!m_policy) {
        if (m_prompter)
            m_prompter->enqueue(request);
        return;
    }
    const std::optional<Answer> chosen = m_policy->answerFor(request);
    if (!chosen)
        return;
    if (!chosen->warning.isEmpty())
        m_printer.printWarning(request.requestId, chosen->warning);
    const QString id = request.requestId;
    const Answer answerToSend = *chosen;
    QTimer::singleShot(m_options.autoDelayMs, this,
                       [this, id, answerToSend] { answer(id, answerToSend); });
}

void DeviceRunner::answer(const QString &requestId, const Answer &answer) {
    if (!m_client->answer(requestId, answer))
        m_printer.printLine(QStringLiteral("already answered ") + requestId);
}

void DeviceRunner::stop() {
    m_client->stop();
    finishLater(0);
}

void DeviceRunner::fail(int exitCode, const QString &message) {
    const QByteArray bytes =
        QString(QStringLiteral("verifydesk-device: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    m_client->stop();
    finishLater(exitCode);
}

void DeviceRunner::finishLater(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    // Queued so that a failure found before the event loop runs still ends it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace vd::device
