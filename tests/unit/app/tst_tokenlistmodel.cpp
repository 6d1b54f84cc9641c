// SPDX-License-Identifier: MIT
// TokenListModel: the Authentication Methods columns and in-place updates.
#include "fixtures.h"
#include "tokenlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using vd::app::TokenListModel;
using vd::test::Fixtures;
using vd::wire::TokenState;
using vd::wire::TokenType;

class TestTokenListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void updateInPlace();
};

void TestTokenListModel::columns_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("push");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("mobilepass push on")
        << int(TokenType::MobilePassPlus) << true << int(TokenState::Active)
        << QStringList{QStringLiteral("T-1"), QStringLiteral("MobilePASS+"),
                       QStringLiteral("Active"), QStringLiteral("Enabled")};
    QTest::newRow("mobilepass push off suspended")
        << int(TokenType::MobilePassPlus) << false << int(TokenState::Suspended)
        << QStringList{QStringLiteral("T-1"), QStringLiteral("MobilePASS+"),
                       QStringLiteral("Suspended"), QStringLiteral("Disabled")};
    QTest::newRow("hardware") << int(TokenType::Hardware) << false << int(TokenState::Revoked)
                              << QStringList{QStringLiteral("T-1"), QStringLiteral("Hardware"),
                                             QStringLiteral("Revoked"), QString()};
    QTest::newRow("sms") << int(TokenType::Sms) << false << int(TokenState::Active)
                         << QStringList{QStringLiteral("T-1"), QStringLiteral("SMS"),
                                        QStringLiteral("Active"), QString()};
}

void TestTokenListModel::columns() {
    QFETCH(int, type);
    QFETCH(bool, push);
    QFETCH(int, state);
    QFETCH(QStringList, cells);
    TokenListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTokens(
        {Fixtures::token(QStringLiteral("T-1"), TokenType(type), push, TokenState(state))});
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Push"));
    for (int c = 0; c < 4; ++c)
        QCOMPARE(model.index(0, c).data().toString(), cells.at(c));
    QCOMPARE(model.index(0, 2).data(TokenListModel::SerialRole).toString(), QStringLiteral("T-1"));
}

void TestTokenListModel::updateInPlace() {
    TokenListModel model;
    model.setTokens({Fixtures::token(QStringLiteral("MP-1")),
                     Fixtures::token(QStringLiteral("HW-1"), TokenType::Hardware, false)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto t = Fixtures::token(QStringLiteral("MP-1"));
    t.pushEnabled = false;
    model.updateToken(t);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(model.rowOfSerial(QStringLiteral("HW-1")), 1);
    QCOMPARE(model.rowOfSerial(QStringLiteral("nope")), -1);
}

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
