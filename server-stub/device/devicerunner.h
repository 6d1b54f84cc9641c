// SPDX-License-Identifier: MIT
// Runs one simulated device from its options: activation or stored token, the client, the
// answer source (--auto policy, stdin, or the window) and the console output.
#pragma once

#include "answerpolicy.h"
#include "deviceclient.h"
#include "deviceoptions.h"
#include "requestprinter.h"

#include <QObject>
#include <optional>

namespace vd::device {

class StdinPrompter;

class DeviceRunner : public QObject {
    Q_OBJECT
public:
    // Where answers come from when --auto is not given.
    enum class ManualInput { Stdin, Window };

    DeviceRunner(const DeviceOptions &options, ManualInput manualInput, QObject *parent = nullptr);

    void start();
    // Clean shutdown (SIGINT/SIGTERM): closes the socket, then finished(0).
    void stop();

    DeviceClient *client() const { return m_client; }

public Q_SLOTS:
    void answer(const QString &requestId, const vd::device::Answer &answer);

Q_SIGNALS:
    void requestArrived(const vd::protocol::PushRequest &request);
    void requestWithdrawn(const QString &requestId);
    void requestAnswered(const QString &requestId, const vd::device::Answer &answer,
                         const vd::device::DeviceClient::Outcome &outcome);
    void channelChanged(vd::device::DeviceClient::Channel channel);
    void finished(int exitCode);

private:
    void run(const QByteArray &deviceToken);
    void onRequest(const protocol::PushRequest &request);
    void fail(int exitCode, const QString &message);
    void finishLater(int exitCode);

    DeviceOptions m_options;
    ManualInput m_manualInput;
    DeviceClient *m_client;
    StdinPrompter *m_prompter = nullptr;
    std::optional<AnswerPolicy> m_policy;
    RequestPrinter m_printer;
    bool m_finished = false;
};

} // namespace vd::device
