// SPDX-License-Identifier: MIT
// DeviceWindow: the screens a request goes through and the answer each button sends.
#include "devicewindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using vd::device::Answer;
using vd::device::DeviceClient;
using vd::device::DeviceWindow;

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

QPushButton *buttonNamed(QWidget *window, const QString &accessibleName) {
    const auto buttons = window->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->accessibleName() == accessibleName && b->isVisible())
            return b;
    }
    return nullptr;
}

QLabel *labelNamed(QWidget *window, const QString &accessibleName) {
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->accessibleName() == accessibleName && l->isVisible())
            return l;
    }
    return nullptr;
}

DeviceClient::Outcome stateOutcome(const QString &state) {
    DeviceClient::Outcome o;
    o.kind = DeviceClient::Outcome::Kind::State;
    o.state = state;
    return o;
}

} // namespace

class TestDeviceWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsIdle();
    void numericRequest();
    void plainRequest_data();
    void plainRequest();
    void outcomeTitles_data();
    void outcomeTitles();
    void withdrawnWhileShown();
    void nextRequestAfterResult();
};

void TestDeviceWindow::startsIdle() {
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    QCOMPARE(window.screen(), DeviceWindow::Screen::Idle);
    QVERIFY(labelNamed(&window, QStringLiteral("No pending requests")));
    QVERIFY(window.currentRequestId().isEmpty());
}

void TestDeviceWindow::numericRequest() {
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    QSignalSpy chosen(&window, &DeviceWindow::answerChosen);
    window.addRequest(request(QStringLiteral("r1"), QList<int>{12, 47, 83}));
    QCOMPARE(window.screen(), DeviceWindow::Screen::Request);
    QCOMPARE(labelNamed(&window, QStringLiteral("User"))->text(), QStringLiteral("John Doe"));
    QCOMPARE(labelNamed(&window, QStringLiteral("Organization"))->text(),
             QStringLiteral("Acme Corp"));
    QCOMPARE(labelNamed(&window, QStringLiteral("Resource"))->text(),
             QStringLiteral("Helpdesk push verification"));
    QVERIFY(!buttonNamed(&window, QStringLiteral("Approve"))); // numbers instead
    for (int n : {12, 47, 83})
        QVERIFY2(buttonNamed(&window, QStringLiteral("Number %1").arg(n)), "number button");

    QPushButton *button = buttonNamed(&window, QStringLiteral("Number 47"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("r1"));
    const auto answer = chosen.at(0).at(1).value<Answer>();
    QCOMPARE(answer.action, vd::wire::DeviceAction::Approve);
    QCOMPARE(answer.choice, std::optional(47));
    // A second tap while the first answer is on its way sends nothing.
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(buttonNamed(&window, QStringLiteral("Deny")), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
}

void TestDeviceWindow::plainRequest_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("action");
    QTest::newRow("approve") << "Approve"
                             << "approve";
    QTest::newRow("deny") << "Deny"
                          << "deny";
}

void TestDeviceWindow::plainRequest() {
    QFETCH(QString, button);
    QFETCH(QString, action);
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    QSignalSpy chosen(&window, &DeviceWindow::answerChosen);
    window.addRequest(request(QStringLiteral("p1"), std::nullopt));
    QVERIFY(!buttonNamed(&window, QStringLiteral("Number 12")));
    QPushButton *b = buttonNamed(&window, button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto answer = chosen.at(0).at(1).value<Answer>();
    QCOMPARE(vd::wire::toWire(answer.action), action);
    QVERIFY(!answer.choice);
}

void TestDeviceWindow::outcomeTitles_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("title");
    using K = DeviceClient::Outcome::Kind;
    QTest::newRow("approved") << int(K::State) << "approved"
                              << "Approved";
    QTest::newRow("denied") << int(K::State) << "denied"
                            << "Denied";
    QTest::newRow("wrong number") << int(K::State) << "wrong_number"
                                  << "Wrong number";
    QTest::newRow("closed") << int(K::Closed) << ""
                            << "Request closed";
    QTest::newRow("rejected") << int(K::Rejected) << ""
                              << "Not accepted";
    QTest::newRow("failed") << int(K::Failed) << ""
                            << "Could not send";
}

void TestDeviceWindow::outcomeTitles() {
    QFETCH(int, kind);
    QFETCH(QString, state);
    QFETCH(QString, title);
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    window.addRequest(request(QStringLiteral("r1"), QList<int>{12, 47, 83}));
    DeviceClient::Outcome outcome = stateOutcome(state);
    outcome.kind = static_cast<DeviceClient::Outcome::Kind>(kind);
    window.showOutcome(QStringLiteral("r1"), Answer{}, outcome);
    QCOMPARE(window.screen(), DeviceWindow::Screen::Result);
    QCOMPARE(labelNamed(&window, QStringLiteral("Result"))->text(), title);
}

void TestDeviceWindow::withdrawnWhileShown() {
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    window.addRequest(request(QStringLiteral("r1"), std::nullopt));
    window.withdrawRequest(QStringLiteral("r1"));
    QCOMPARE(window.screen(), DeviceWindow::Screen::Result);
    QCOMPARE(labelNamed(&window, QStringLiteral("Result"))->text(),
             QStringLiteral("Request closed"));
    QTRY_COMPARE_WITH_TIMEOUT(window.screen(), DeviceWindow::Screen::Idle,
                              DeviceWindow::ResultDisplayMs + 15000);
}

void TestDeviceWindow::nextRequestAfterResult() {
    DeviceWindow window(QStringLiteral("MP-1001"));
    window.show();
    window.addRequest(request(QStringLiteral("r1"), QList<int>{12, 47, 83}));
    window.addRequest(request(QStringLiteral("r2"), std::nullopt));
    window.addRequest(request(QStringLiteral("r3"), std::nullopt));
    QCOMPARE(window.currentRequestId(), QStringLiteral("r1"));
    window.withdrawRequest(QStringLiteral("r3")); // queued, never shown
    window.showOutcome(QStringLiteral("r1"), Answer{}, stateOutcome(QStringLiteral("approved")));
    QCOMPARE(window.screen(), DeviceWindow::Screen::Result);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentRequestId(), QStringLiteral("r2"),
                              DeviceWindow::ResultDisplayMs + 15000);
    QCOMPARE(window.screen(), DeviceWindow::Screen::Request);
    QVERIFY(buttonNamed(&window, QStringLiteral("Approve")));
    window.showOutcome(QStringLiteral("r2"), Answer{}, stateOutcome(QStringLiteral("denied")));
    QTRY_COMPARE_WITH_TIMEOUT(window.screen(), DeviceWindow::Screen::Idle,
                              DeviceWindow::ResultDisplayMs + 15000);
}

QTEST_MAIN(TestDeviceWindow)
#include "tst_devicewindow.moc"
