// SPDX-License-Identifier: MIT
// StdinPrompter: what a typed line means, and that input arrives through the event loop.
#include "stdinprompter.h"

#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using vd::device::Answer;
using vd::device::StdinPrompter;

Q_DECLARE_METATYPE(vd::device::Answer)

namespace {

vd::protocol::PushRequest request(const QString &id, std::optional<QList<int>> choices) {
    vd::protocol::PushRequest r;
    r.requestId = id;
    r.resourceName = QStringLiteral("Helpdesk push verification");
    r.organizationName = QStringLiteral("Acme Corp");
    r.userName = QStringLiteral("John Doe");
    r.timestamp = QDateTime::currentDateTimeUtc();
    r.choices = std::move(choices);
    return r;
}

} // namespace

class TestStdinPrompter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void readsAPipeWithoutBlocking();
    void endOfInput();
};

void TestStdinPrompter::parse_data() {
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("action"); // approve | deny | error | nothing
    QTest::addColumn<int>("choice");

    QTest::newRow("numeric number") << true << "47"
                                    << "approve" << 47;
    QTest::newRow("numeric number spaces") << true << "  83 \r"
                                           << "approve" << 83;
    QTest::newRow("numeric not offered") << true << "55"
                                         << "error" << -1;
    QTest::newRow("numeric approve needs number") << true << "a"
                                                  << "error" << -1;
    QTest::newRow("numeric deny") << true << "d"
                                  << "deny" << -1;
    QTest::newRow("numeric Deny word") << true << "DENY"
                                       << "deny" << -1;
    QTest::newRow("plain approve") << false << "a"
                                   << "approve" << -1;
    QTest::newRow("plain approve word") << false << "Approve"
                                        << "approve" << -1;
    QTest::newRow("plain deny") << false << "deny"
                                << "deny" << -1;
    QTest::newRow("plain number") << false << "47"
                                  << "error" << -1;
    QTest::newRow("garbage") << true << "yes please"
                             << "error" << -1;
    QTest::newRow("blank") << true << "   "
                           << "nothing" << -1;
}

void TestStdinPrompter::parse() {
    QFETCH(bool, numeric);
    QFETCH(QString, input);
    QFETCH(QString, action);
    QFETCH(int, choice);
    const auto r = request(QStringLiteral("r1"),
                           numeric ? std::optional(QList<int>{12, 47, 83}) : std::nullopt);
    const StdinPrompter::Parsed parsed = StdinPrompter::parse(input, r);
    if (action == QLatin1String("error")) {
        QVERIFY(!parsed.answer);
        QVERIFY(!parsed.error.isEmpty());
        return;
    }
    if (action == QLatin1String("nothing")) {
        QVERIFY(!parsed.answer);
        QVERIFY(parsed.error.isEmpty());
        return;
    }
    QVERIFY(parsed.answer);
    QCOMPARE(vd::wire::toWire(parsed.answer->action), action);
    QCOMPARE(parsed.answer->choice.value_or(-1), choice);
}

void TestStdinPrompter::readsAPipeWithoutBlocking() {
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    StdinPrompter prompter;
    QSignalSpy answers(&prompter, &StdinPrompter::answerChosen);
    QSignalSpy messages(&prompter, &StdinPrompter::message);
    prompter.start(fds[0]);
    prompter.enqueue(request(QStringLiteral("first"), QList<int>{12, 47, 83}));
    prompter.enqueue(request(QStringLiteral("second"), std::nullopt));
    QCOMPARE(messages.count(), 1); // only the head is asked about
    QVERIFY(messages.at(0).at(0).toString().startsWith(QLatin1String("prompt first:")));

    // A wrong number is refused with a message, then the right one answers the head; the
    // line for the second request arrives split over two writes.
    const QByteArray input = "55\n47\nd";
    QCOMPARE(::write(fds[1], input.constData(), static_cast<size_t>(input.size())), input.size());
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 10000);
    QCOMPARE(answers.at(0).at(0).toString(), QStringLiteral("first"));
    QCOMPARE(answers.at(0).at(1).value<Answer>().choice, std::optional(47));
    QVERIFY(messages.at(1).at(0).toString().contains(QLatin1String("not offered")));
    QVERIFY(messages.last().at(0).toString().startsWith(QLatin1String("prompt second:")));

    QCOMPARE(::write(fds[1], "\n", 1), 1);
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, 10000);
    QCOMPARE(answers.at(1).at(0).toString(), QStringLiteral("second"));
    QCOMPARE(answers.at(1).at(1).value<Answer>().action, vd::wire::DeviceAction::Deny);
    ::close(fds[1]);
    ::close(fds[0]);
}

void TestStdinPrompter::endOfInput() {
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    StdinPrompter prompter;
    QSignalSpy eof(&prompter, &StdinPrompter::endOfInput);
    prompter.start(fds[0]);
    ::close(fds[1]);
    QTRY_COMPARE_WITH_TIMEOUT(eof.count(), 1, 10000);
    ::close(fds[0]);
}

QTEST_GUILESS_MAIN(TestStdinPrompter)
#include "tst_stdinprompter.moc"
