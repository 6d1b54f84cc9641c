// SPDX-License-Identifier: MIT
// Interactive answers typed on stdin, read through a QSocketNotifier so the event loop
// (and with it the WebSocket and polling) never blocks on the terminal.
#pragma once

#include "answerpolicy.h"
#include "dto.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace vd::device {

class StdinPrompter : public QObject {
    Q_OBJECT
public:
    struct Parsed {
        std::optional<Answer> answer;
        QString error; // empty with no answer: nothing to do (blank line)
    };

    explicit StdinPrompter(QObject *parent = nullptr);

    // Starts reading file descriptor fd (0 in the program).
    void start(int fd = 0);
    // Asks about requests one at a time, oldest first.
    void enqueue(const protocol::PushRequest &request);
    void remove(const QString &requestId);

    // a/approve, d/deny or one of the offered numbers, case-insensitive.
    static Parsed parse(const QString &line, const protocol::PushRequest &request);
    static QString promptFor(const protocol::PushRequest &request);

Q_SIGNALS:
    void answerChosen(const QString &requestId, const vd::device::Answer &answer);
    void message(const QString &line); // prompts and input errors for the console
    void endOfInput();

private:
    void onReadable();
    void handleLine(const QString &line);
    void promptHead();

    QSocketNotifier *m_notifier = nullptr;
    int m_fd = -1;
    QByteArray m_buffer;
    QList<protocol::PushRequest> m_queue;
};

} // namespace vd::device
