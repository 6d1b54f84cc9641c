// SPDX-License-Identifier: MIT
// RequestPrinter: the console block per request and the "answered" line scripts parse.
#include "requestprinter.h"

#include <QTest>

using vd::device::Answer;
using vd::device::DeviceClient;
using vd::device::RequestPrinter;

class TestRequestPrinter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numericBlock();
    void plainBlock();
    void answered_data();
    void answered();
    void printsFlushedLines();
};

namespace {

vd::protocol::PushRequest sample(std::optional<QList<int>> choices) {
    vd::protocol::PushRequest r;
    r.requestId = QStringLiteral("req-1");
    r.resourceName = QStringLiteral("Helpdesk push verification");
    r.organizationName = QStringLiteral("Acme Corp");
    r.userName = QStringLiteral("John Doe");
    r.timestamp = *vd::protocol::parseTime(QStringLiteral("2026-12-03T10:15:30.123Z"));
    r.choices = std::move(choices);
    return r;
}

} // namespace

void TestRequestPrinter::numericBlock() {
    const QStringList expected{
        QStringLiteral("request req-1"),
        QStringLiteral("  organization: Acme Corp"),
        QStringLiteral("  resource: Helpdesk push verification"),
        QStringLiteral("  user: John Doe"),
        QStringLiteral("  time: 2026-12-03T10:15:30.123Z"),
        QStringLiteral("  choices: 12 47 83"),
    };
    QCOMPARE(RequestPrinter::formatRequest(sample(QList<int>{12, 47, 83})), expected);
}

void TestRequestPrinter::plainBlock() {
    const QStringList lines = RequestPrinter::formatRequest(sample(std::nullopt));
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.last(), QStringLiteral("  choices: none (plain push)"));
}

void TestRequestPrinter::answered_data() {
    QTest::addColumn<int>("action"); // 0 approve, 1 deny
    QTest::addColumn<int>("choice"); // -1 none
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("line");

    using K = DeviceClient::Outcome::Kind;
    QTest::newRow("approved") << 0 << 47 << int(K::State) << "approved"
                              << ""
                              << ""
                              << "answered req-1: approve 47 -> approved";
    QTest::newRow("wrong number") << 0 << 12 << int(K::State) << "wrong_number"
                                  << ""
                                  << ""
                                  << "answered req-1: approve 12 -> wrong_number";
    QTest::newRow("denied") << 1 << -1 << int(K::State) << "denied"
                            << ""
                            << ""
                            << "answered req-1: deny -> denied";
    QTest::newRow("plain approve") << 0 << -1 << int(K::State) << "approved"
                                   << ""
                                   << ""
                                   << "answered req-1: approve -> approved";
    QTest::newRow("closed") << 0 << 47 << int(K::Closed) << ""
                            << "request_closed"
                            << "gone"
                            << "answered req-1: approve 47 -> request closed";
    QTest::newRow("invalid choice")
        << 0 << 55 << int(K::Rejected) << ""
        << "invalid_choice"
        << "choice not offered"
        << "answered req-1: approve 55 -> rejected: invalid_choice: choice not offered";
    QTest::newRow("sent") << 1 << -1 << int(K::Sent) << ""
                          << ""
                          << ""
                          << "answered req-1: deny -> sent";
    QTest::newRow("failed") << 1 << -1 << int(K::Failed) << ""
                            << ""
                            << "Connection refused"
                            << "answered req-1: deny -> failed: Connection refused";
}

void TestRequestPrinter::answered() {
    QFETCH(int, action);
    QFETCH(int, choice);
    QFETCH(int, kind);
    QFETCH(QString, state);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, line);
    const Answer answer{action == 0 ? vd::wire::DeviceAction::Approve
                                    : vd::wire::DeviceAction::Deny,
                        choice < 0 ? std::nullopt : std::optional<int>(choice),
                        {}};
    DeviceClient::Outcome outcome;
    outcome.kind = static_cast<DeviceClient::Outcome::Kind>(kind);
    outcome.state = state;
    outcome.code = code;
    outcome.message = message;
    QCOMPARE(RequestPrinter::formatAnswered(QStringLiteral("req-1"), answer, outcome), line);
}

void TestRequestPrinter::printsFlushedLines() {
    char *buffer = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    QVERIFY(out);
    RequestPrinter printer(out);
    printer.printRequest(sample(QList<int>{12, 47, 83}));
    printer.printWithdrawn(QStringLiteral("req-1"));
    // Flushed after every line: the text is there without closing the stream.
    const QString text = QString::fromUtf8(buffer, static_cast<qsizetype>(size));
    QVERIFY2(text.startsWith(QLatin1String("request req-1\n  organization: Acme Corp\n")),
             qPrintable(text));
    QVERIFY(text.endsWith(QLatin1String("  choices: 12 47 83\nclosed req-1\n")));
    std::fclose(out);
    std::free(buffer);
}

QTEST_GUILESS_MAIN(TestRequestPrinter)
#include "tst_requestprinter.moc"
