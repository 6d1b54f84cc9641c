// SPDX-License-Identifier: MIT
// The cache of serialised verification bodies: what it serves is always toJson() of the
// verification as it is now.
#include "verificationbodies.h"

#include <QJsonDocument>
#include <QTest>

using namespace vd;
using namespace vd::server::http;

namespace {
protocol::Verification sample(const QString &id) {
    protocol::Verification v;
    v.id = id;
    v.userId = QStringLiteral("jdoe");
    v.userName = QStringLiteral("John Doe");
    v.tokenSerial = QStringLiteral("MP-1001");
    v.operatorName = QStringLiteral("helpdesk");
    v.verificationNumber = QStringLiteral("42");
    v.createdAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    v.expiresAt = v.createdAt.addSecs(60);
    return v;
}
QByteArray serialised(const protocol::Verification &v) {
    return QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestVerificationBodies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servesTheSerialisedVerification();
    void aNewStateIsSerialisedAgain();
    void forgetDropsTheEntry();
    void staysWithinCapacity();
};

void TestVerificationBodies::servesTheSerialisedVerification() {
    VerificationBodies bodies;
    const auto v = sample(QStringLiteral("a"));
    QCOMPARE(bodies.body(v), serialised(v));
    QCOMPARE(bodies.body(v), serialised(v));
    QCOMPARE(bodies.size(), 1);
}

void TestVerificationBodies::aNewStateIsSerialisedAgain() {
    VerificationBodies bodies;
    auto v = sample(QStringLiteral("a"));
    const QByteArray pending = bodies.body(v);
    v.state = wire::VerificationState::Approved;
    v.completedAt = v.createdAt.addSecs(5);
    const QByteArray approved = bodies.body(v);
    QVERIFY(approved != pending);
    QCOMPARE(approved, serialised(v));
    QVERIFY(approved.contains("\"approved\""));
}

void TestVerificationBodies::forgetDropsTheEntry() {
    VerificationBodies bodies;
    auto v = sample(QStringLiteral("a"));
    bodies.body(v);
    bodies.forget(v.id);
    QCOMPARE(bodies.size(), 0);
    // Even a change that keeps the state (none exists today) is served fresh after forget().
    v.ticket = QStringLiteral("INC-1");
    QCOMPARE(bodies.body(v), serialised(v));
}

void TestVerificationBodies::staysWithinCapacity() {
    VerificationBodies bodies(10);
    for (int i = 0; i < 50; ++i)
        bodies.body(sample(QString::number(i)));
    QVERIFY(bodies.size() <= 10);
    const auto last = sample(QStringLiteral("49"));
    QCOMPARE(bodies.body(last), serialised(last));
}

QTEST_GUILESS_MAIN(TestVerificationBodies)
#include "tst_verificationbodies.moc"
