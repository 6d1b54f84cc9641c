// SPDX-License-Identifier: MIT
// Console output of the device, one flushed line at a time.
#include "requestprinter.h"

#include "jsonreader.h"

namespace vd::device {

RequestPrinter::RequestPrinter(FILE *out)
    : m_out(out) {}

QStringList RequestPrinter::formatRequest(const protocol::PushRequest &request) {
    QString choices;
    if (!request.choices) {
        choices = QStringLiteral("none (plain push)");
    } else {
        QStringList numbers;
        for (int n : *request.choices)
            numbers.append(QString::number(n));
        choices = numbers.join(QLatin1Char(' '));
    }
    return {QStringLiteral("request ") + request.requestId,
            QStringLiteral("  organization: ") + request.organizationName,
            QStringLiteral("  resource: ") + request.resourceName,
            QStringLiteral("  user: ") + request.userName,
            QStringLiteral("  time: ") + protocol::formatTime(request.timestamp),
            QStringLiteral("  choices: ") + choices};
}

QString RequestPrinter::formatAnswer(const Answer &answer) {
    QString text = wire::toWire(answer.action);
    if (answer.choice)
        text += QLatin1Char(' ') + QString::number(*answer.choice);
    return text;
}

QString RequestPrinter::formatAnswered(const QString &requestId, const Answer &answer,
                                       const DeviceClient::Outcome &outcome) {
    QString result;
    switch (outcome.kind) {
    case DeviceClient::Outcome::Kind::State:
        result = outcome.state;
        break;
    case DeviceClient::Outcome::Kind::Closed:
        result = QStringLiteral("request closed");
        break;
    case DeviceClient::Outcome::Kind::Rejected:
        result =
            QStringLiteral("rejected: ") + outcome.code + QStringLiteral(": ") + outcome.message;
        break;
    case DeviceClient::Outcome::Kind::Sent:
        result = QStringLiteral("sent");
        break;
    case DeviceClient::Outcome::Kind::Failed:
        result = QStringLiteral("failed: ") + outcome.message;
        break;
    }
    return QStringLiteral("answered ") + requestId + QStringLiteral(": ") + formatAnswer(answer) +
           QStringLiteral(" -> ") + result;
}

void RequestPrinter::printRequest(const protocol::PushRequest &request) {
    for (const QString &line : formatRequest(request))
        printLine(line);
}

void RequestPrinter::printAnswered(const QString &requestId, const Answer &answer,
                                   const DeviceClient::Outcome &outcome) {
    printLine(formatAnswered(requestId, answer, outcome));
}

void RequestPrinter::printWithdrawn(const QString &requestId) {
    printLine(QStringLiteral("closed ") + requestId);
}

void RequestPrinter::printWarning(const QString &requestId, const QString &warning) {
    printLine(QStringLiteral("warning ") + requestId + QStringLiteral(": ") + warning);
}

void RequestPrinter::printLine(const QString &line) {
    const QByteArray bytes = QString(line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace vd::device
