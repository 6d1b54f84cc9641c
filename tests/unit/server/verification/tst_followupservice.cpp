// SPDX-License-Identifier: MIT
// The follow-up gate: only a fresh approval by the same operator for the same user unlocks
// revoke / suspend / resume / reset_pin, and each action is audited naming the verification.
#include "followupservice.h"
#include "settingsservice.h"
#include "storefixture.h"
#include "verificationservice.h"

using namespace vd;
using namespace vd::server;
using VS = wire::VerificationState;

namespace {
class AlwaysReachable : public PushGateway {
public:
    std::optional<wire::DispatchReason> reachability(const TokenRecord &) const override {
        return {};
    }
    void deliver(const TokenRecord &, const protocol::PushRequest &r) override { last = r; }
    protocol::PushRequest last;
};
} // namespace

class TestFollowUpService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void gate_data();
    void gate();
    void actionsChangeTheTokenAndAreAudited();
    void policyChangesAreAuditedAndInFlightKeepsItsMode();

private:
    QString approved(const QString &serial = QStringLiteral("MP-1001"));
    test::StoreFixture f;
    AlwaysReachable gateway;
    std::unique_ptr<VerificationService> verifications;
    std::unique_ptr<FollowUpService> followUps;
};

void TestFollowUpService::init() {
    QVERIFY(f.open());
    verifications = std::make_unique<VerificationService>(*f.store, gateway, f.clock(),
                                                          std::chrono::seconds(120));
    followUps = std::make_unique<FollowUpService>(*f.store, f.clock());
}

QString TestFollowUpService::approved(const QString &serial) {
    const QString user = f.store->tokenBySerial(serial).value()->userId;
    const auto v =
        verifications->create(f.op(QStringLiteral("helpdesk")), user, serial, {}).value();
    const auto device = *f.store->tokenBySerial(serial).value();
    const int right = v.verificationNumber->toInt();
    verifications->answer(device, gateway.last.requestId, wire::DeviceAction::Approve, right);
    return v.id;
}

void TestFollowUpService::gate_data() {
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("fresh approval") << QStringLiteral("fresh") << true;
    QTest::newRow("9 minutes later") << QStringLiteral("9min") << true;
    QTest::newRow("11 minutes later") << QStringLiteral("stale") << false;
    QTest::newRow("no verification") << QStringLiteral("unknown") << false;
    QTest::newRow("denied") << QStringLiteral("denied") << false;
    QTest::newRow("another operator") << QStringLiteral("admin") << false;
    QTest::newRow("another user's token") << QStringLiteral("otheruser") << false;
    QTest::newRow("window 0 turns it off") << QStringLiteral("window0") << false;
}

void TestFollowUpService::gate() {
    QFETCH(QString, how);
    QFETCH(bool, allowed);
    QString id;
    QString serial = QStringLiteral("MP-1001");
    auto op = f.op(QStringLiteral("helpdesk"));
    if (how == QLatin1String("denied")) {
        const auto v = verifications->create(op, QStringLiteral("jdoe"), serial, {}).value();
        verifications->answer(*f.store->tokenBySerial(serial).value(), gateway.last.requestId,
                              wire::DeviceAction::Deny, std::nullopt);
        id = v.id;
    } else if (how != QLatin1String("unknown")) {
        id = approved();
    } else {
        id = QStringLiteral("no-such-verification");
    }
    if (how == QLatin1String("9min"))
        f.now = f.now.addSecs(9 * 60);
    if (how == QLatin1String("stale"))
        f.now = f.now.addSecs(11 * 60);
    if (how == QLatin1String("admin"))
        op = f.op(QStringLiteral("admin"));
    if (how == QLatin1String("otheruser"))
        serial = QStringLiteral("MP-1002");
    if (how == QLatin1String("window0")) {
        auto p = f.store->policy().value();
        p.followUpWindowMinutes = 0;
        QVERIFY(f.store->savePolicy(p).ok());
    }
    const auto r = followUps->perform(op, serial, wire::FollowUpAction::Suspend, id);
    QCOMPARE(r.ok(), allowed);
    if (!allowed)
        QCOMPARE(r.error().code, QStringLiteral("verification_required"));
}

void TestFollowUpService::actionsChangeTheTokenAndAreAudited() {
    const QString id = approved();
    const auto op = f.op(QStringLiteral("helpdesk"));
    const QString serial = QStringLiteral("MP-1001");
    QCOMPARE(followUps->perform(op, serial, wire::FollowUpAction::Suspend, id).value().state,
             wire::TokenState::Suspended);
    QCOMPARE(followUps->perform(op, serial, wire::FollowUpAction::Resume, id).value().state,
             wire::TokenState::Active);
    QCOMPARE(followUps->perform(op, serial, wire::FollowUpAction::ResetPin, id).value().state,
             wire::TokenState::Active);
    QCOMPARE(followUps->perform(op, serial, wire::FollowUpAction::Revoke, id).value().state,
             wire::TokenState::Revoked);
    QCOMPARE(f.store->tokenBySerial(serial).value()->token.state, wire::TokenState::Revoked);
    QCOMPARE(
        followUps
            ->perform(f.op(QStringLiteral("auditor")), serial, wire::FollowUpAction::Resume, id)
            .error()
            .code,
        QStringLiteral("forbidden"));
    AuditQuery q;
    q.limit = 100;
    QStringList types;
    const auto entries = f.store->operatorAudit(q).value(); // a copy: the Result is a temporary
    for (const auto &e : entries.items) {
        if (e.actionType != QLatin1String("HelpdeskPushVerification")) {
            QCOMPARE(e.verificationId.value_or(QString()), id);
            types.prepend(e.actionType);
        }
    }
    QCOMPARE(types, (QStringList{QStringLiteral("TokenSuspend"), QStringLiteral("TokenResume"),
                                 QStringLiteral("PinReset"), QStringLiteral("TokenRevoke")}));
}

void TestFollowUpService::policyChangesAreAuditedAndInFlightKeepsItsMode() {
    const auto admin = f.op(QStringLiteral("admin"));
    const auto v = verifications
                       ->create(f.op(QStringLiteral("helpdesk")), QStringLiteral("jdoe"),
                                QStringLiteral("MP-1001"), {})
                       .value();
    QCOMPARE(v.mode, wire::Mode::NumericChallenge);
    SettingsService settings(*f.store);
    SettingsService::PolicyPatch patch;
    patch.numericChallengeEnabled = false;
    patch.organizationName = QStringLiteral("Acme Europe");
    QVERIFY(settings.updatePolicy(admin, patch).ok());
    QCOMPARE(settings.updatePolicy(f.op(QStringLiteral("helpdesk")), patch).error().kind,
             ErrorKind::Forbidden);
    QVERIFY(settings.updateAccount(admin, std::nullopt, false).ok());
    AuditQuery q;
    q.actionType = QStringLiteral("PolicyChange");
    const auto policyEntries = f.store->operatorAudit(q).value();
    QCOMPARE(policyEntries.total, 1);
    QVERIFY(policyEntries.items.first().message.contains(
        QStringLiteral("numericChallengeEnabled: true \u2192 false")));
    QVERIFY(policyEntries.items.first().message.contains(
        QStringLiteral("organizationName: \"Acme Corp\" \u2192 \"Acme Europe\"")));
    q.actionType = QStringLiteral("AccountChange");
    QCOMPARE(f.store->operatorAudit(q).value().total, 1);
    // The verification in flight keeps the mode it was sent with, and its number.
    const auto again = verifications->get(admin, v.id).value();
    QCOMPARE(again.mode, wire::Mode::NumericChallenge);
    QCOMPARE(again.verificationNumber, v.verificationNumber);
    QCOMPARE(gateway.last.choices->size(), 3);
}

QTEST_GUILESS_MAIN(TestFollowUpService)
#include "tst_followupservice.moc"
