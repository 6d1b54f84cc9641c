// SPDX-License-Identifier: MIT
// Interactive answers typed on stdin.
#include "stdinprompter.h"

#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>

namespace vd::device {

namespace {

QString numbersOf(const QList<int> &choices) {
    QStringList parts;
    for (int n : choices)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(' '));
}

} // namespace

StdinPrompter::StdinPrompter(QObject *parent)
    : QObject(parent) {}

void StdinPrompter::start(int fd) {
    m_fd = fd;
    m_notifier = new QSocketNotifier(static_cast<qintptr>(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinPrompter::onReadable);
}

StdinPrompter::Parsed StdinPrompter::parse(const QString &line,
                                           const protocol::PushRequest &request) {
    const QString input = line.trimmed().toLower();
    if (input.isEmpty())
        return {};
    if (input == QLatin1String("d") || input == QLatin1String("deny"))
        return {Answer{wire::DeviceAction::Deny, std::nullopt, {}}, {}};
    if (input == QLatin1String("a") || input == QLatin1String("approve")) {
        if (request.choices)
            return {std::nullopt,
                    QStringLiteral("pick one of the numbers: ") + numbersOf(*request.choices)};
        return {Answer{wire::DeviceAction::Approve, std::nullopt, {}}, {}};
    }
    bool isNumber = false;
    const int number = input.toInt(&isNumber);
    if (!isNumber)
        return {std::nullopt, QStringLiteral("type a (approve), d (deny) or one of the numbers")};
    if (!request.choices)
        return {std::nullopt, QStringLiteral("this is a plain push: type a (approve) or d (deny)")};
    if (!request.choices->contains(number))
        return {std::nullopt, QStringLiteral("%1 is not offered; pick one of: %2")
                                  .arg(number)
                                  .arg(numbersOf(*request.choices))};
    return {Answer{wire::DeviceAction::Approve, number, {}}, {}};
}

QString StdinPrompter::promptFor(const protocol::PushRequest &request) {
    if (request.choices)
        return QStringLiteral("prompt ") + request.requestId +
               QStringLiteral(": type the number the service desk read to you (") +
               numbersOf(*request.choices) + QStringLiteral(") or d to deny");
    return QStringLiteral("prompt ") + request.requestId +
           QStringLiteral(": type a to approve or d to deny");
}

void StdinPrompter::enqueue(const protocol::PushRequest &request) {
    m_queue.append(request);
    if (m_queue.size() == 1)
        promptHead();
}

void StdinPrompter::remove(const QString &requestId) {
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).requestId == requestId) {
            m_queue.removeAt(i);
            if (i == 0)
                promptHead();
            return;
        }
    }
}

void StdinPrompter::promptHead() {
    if (!m_queue.isEmpty())
        Q_EMIT message(promptFor(m_queue.first()));
}

void StdinPrompter::onReadable() {
    char chunk[4096];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n < 0) {
        if (errno == EAGAIN || errno == EINTR)
            return;
    }
    if (n <= 0) {
        m_notifier->setEnabled(false);
        Q_EMIT endOfInput();
        return;
    }
    m_buffer.append(chunk, static_cast<qsizetype>(n));
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline));
        m_buffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void StdinPrompter::handleLine(const QString &line) {
    if (m_queue.isEmpty()) {
        if (!line.trimmed().isEmpty())
            Q_EMIT message(QStringLiteral("no pending request"));
        return;
    }
    const protocol::PushRequest request = m_queue.first();
    const Parsed parsed = parse(line, request);
    if (!parsed.error.isEmpty()) {
        Q_EMIT message(parsed.error);
        return;
    }
    if (!parsed.answer)
        return;
    m_queue.removeFirst();
    Q_EMIT answerChosen(request.requestId, *parsed.answer);
    promptHead();
}

} // namespace vd::device
