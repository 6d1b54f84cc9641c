// SPDX-License-Identifier: MIT
// SendPushRule over token type × push flag × account feature × permission × in flight.
#include "fixtures.h"
#include "sendpushrule.h"

#include <QTest>

using vd::app::SendPushRule;
using vd::test::Fixtures;
using vd::wire::Permission;
using vd::wire::TokenType;

class TestSendPushRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
    void toolTips_data();
    void toolTips();
};

void TestSendPushRule::matrix_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("push");
    QTest::addColumn<bool>("feature");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("inFlight");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<bool>("enabled");

    const TokenType types[] = {TokenType::MobilePassPlus, TokenType::Hardware, TokenType::Password,
                               TokenType::Sms};
    const Permission perms[] = {Permission::None, Permission::View, Permission::Edit};
    for (TokenType type : types) {
        for (bool push : {false, true}) {
            for (bool feature : {false, true}) {
                for (Permission perm : perms) {
                    for (bool inFlight : {false, true}) {
                        const bool visible = type == TokenType::MobilePassPlus && push && feature;
                        const bool enabled = visible && perm == Permission::Edit && !inFlight;
                        const QString name =
                            QStringLiteral("%1/push=%2/feature=%3/%4%5")
                                .arg(vd::wire::toWire(type))
                                .arg(push)
                                .arg(feature)
                                .arg(vd::wire::toWire(perm))
                                .arg(inFlight ? QStringLiteral("/in-flight") : QString());
                        QTest::newRow(qPrintable(name)) << int(type) << push << feature << int(perm)
                                                        << inFlight << visible << enabled;
                    }
                }
            }
        }
    }
}

void TestSendPushRule::matrix() {
    QFETCH(int, type);
    QFETCH(bool, push);
    QFETCH(bool, feature);
    QFETCH(int, permission);
    QFETCH(bool, inFlight);
    QFETCH(bool, visible);
    QFETCH(bool, enabled);

    const auto token = Fixtures::token(QStringLiteral("T-1"), TokenType(type), push);
    vd::protocol::Account account;
    account.helpdeskPushVerification = feature;
    vd::protocol::Permissions perms;
    perms.authenticationMethods = Permission(permission);

    QCOMPARE(SendPushRule::isVisible(token, account), visible);
    QCOMPARE(SendPushRule::isEnabled(token, account, perms, inFlight), enabled);
    const auto d = SendPushRule::evaluate(token, account, perms, inFlight);
    QCOMPARE(d.visible, visible);
    QCOMPARE(d.enabled, enabled);
    QVERIFY(!d.toolTip.isEmpty());
}

void TestSendPushRule::toolTips_data() {
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("inFlight");
    QTest::addColumn<QString>("tip");
    QTest::newRow("view") << int(Permission::View) << false
                          << QStringLiteral("Your role has view-only access to Authentication "
                                            "Methods.");
    QTest::newRow("none") << int(Permission::None) << false
                          << QStringLiteral("Your role has no access to Authentication Methods.");
    QTest::newRow("edit, in flight")
        << int(Permission::Edit) << true
        << QStringLiteral("A verification is already waiting for this token.");
    QTest::newRow("edit") << int(Permission::Edit) << false
                          << QStringLiteral("Send a push to the user's MobilePASS+ device to "
                                            "verify the caller.");
}

void TestSendPushRule::toolTips() {
    QFETCH(int, permission);
    QFETCH(bool, inFlight);
    QFETCH(QString, tip);
    vd::protocol::Account account;
    account.helpdeskPushVerification = true;
    vd::protocol::Permissions perms;
    perms.authenticationMethods = Permission(permission);
    QCOMPARE(
        SendPushRule::toolTip(Fixtures::token(QStringLiteral("MP-1")), account, perms, inFlight),
        tip);
}

QTEST_GUILESS_MAIN(TestSendPushRule)
#include "tst_sendpushrule.moc"
