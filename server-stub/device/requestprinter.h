// SPDX-License-Identifier: MIT
// Console output of the device: one stable, parseable block per request, flushed per line
// because tests and scripts read it while the device runs.
#pragma once

#include "answerpolicy.h"
#include "deviceclient.h"
#include "dto.h"

#include <QString>
#include <QStringList>
#include <cstdio>

namespace vd::device {

class RequestPrinter {
public:
    explicit RequestPrinter(FILE *out = stdout);

    // "request <id>", "  organization: …", "  resource: …", "  user: …", "  time: …",
    // "  choices: 12 47 83" or "  choices: none (plain push)".
    static QStringList formatRequest(const protocol::PushRequest &request);
    // "answered <id>: approve 47 -> approved" (or "-> request closed", "-> rejected: …").
    static QString formatAnswered(const QString &requestId, const Answer &answer,
                                  const DeviceClient::Outcome &outcome);
    static QString formatAnswer(const Answer &answer); // "approve 47", "deny"

    void printRequest(const protocol::PushRequest &request);
    void printAnswered(const QString &requestId, const Answer &answer,
                       const DeviceClient::Outcome &outcome);
    void printWithdrawn(const QString &requestId); // "closed <id>"
    void printWarning(const QString &requestId, const QString &warning);
    void printLine(const QString &line);

private:
    FILE *m_out;
};

} // namespace vd::device
