// SPDX-License-Identifier: MIT
// VerificationService over a real SQLite store: every outcome with its audit pairing
// (one dispatch entry; one outcome entry unless cancelled; an authentication entry for the
// four device/timeout outcomes), first-writer-wins, timers, the start-up sweep, and that a
// failed audit write fails the transition.
#include "auditentries.h"
#include "passwordhasher.h"
#include "seeder.h"
#include "sqlitestore.h"
#include "verificationservice.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using namespace vd::server;
using VS = wire::VerificationState;

namespace {

// Records what would be pushed; reachability follows the token like the device channel does.
class RecordingGateway : public PushGateway {
public:
    std::optional<wire::DispatchReason> reachability(const TokenRecord &t) const override {
        return t.token.deviceRegistered ? std::nullopt
                                        : std::optional(wire::DispatchReason::DeviceUnreachable);
    }
    void deliver(const TokenRecord &, const protocol::PushRequest &r) override {
        delivered.append(r);
    }
    QList<protocol::PushRequest> delivered;
};

} // namespace

class TestVerificationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void outcomes_data();
    void outcomes();
    void dispatchFailureIsAudited();
    void firstWriterWins();
    void cancelRules();
    void timerTimesOut();
    void sweepOnStartTimesOutAtDeadline();
    void failedAuditWriteFailsTransition();
    void pushRequestHidesTheAnswer();

private:
    std::unique_ptr<VerificationService> makeService(int timeoutSecs = 120);
    protocol::Verification send(VerificationService &svc,
                                const QString &serial = QStringLiteral("MP-1001"));
    TokenRecord device(const QString &serial = QStringLiteral("MP-1001"));
    void checkPairing(const QString &id, VS state);
    OperatorRecord op(const QString &name = QStringLiteral("helpdesk"));

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    RecordingGateway m_gateway;
    QDateTime m_now;
};

void TestVerificationService::init() {
    m_store = std::make_unique<SqliteStore>();
    QString error;
    QVERIFY2(
        m_store->open(
            m_dir.filePath(QStringLiteral("t%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())),
            &error),
        qPrintable(error));
    PasswordHasher hasher(PasswordHasher::Cost{1, 1024, 1});
    QVERIFY(Seeder(*m_store, hasher).seedDemo().ok());
    m_now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    m_gateway.delivered.clear();
}

void TestVerificationService::cleanup() {
    m_store.reset();
}

OperatorRecord TestVerificationService::op(const QString &name) {
    return *m_store->operatorByUsername(name).value();
}

std::unique_ptr<VerificationService> TestVerificationService::makeService(int timeoutSecs) {
    return std::make_unique<VerificationService>(
        *m_store, m_gateway, [this] { return m_now; }, std::chrono::seconds(timeoutSecs));
}

protocol::Verification TestVerificationService::send(VerificationService &svc,
                                                     const QString &serial) {
    const auto user = m_store->tokenBySerial(serial).value()->userId;
    auto v = svc.create(op(), user, serial, QStringLiteral("INC-7"));
    if (!v)
        qWarning("create failed: %s", qPrintable(v.error().message));
    return v ? v.value() : protocol::Verification{};
}

TokenRecord TestVerificationService::device(const QString &serial) {
    return *m_store->tokenBySerial(serial).value();
}

void TestVerificationService::checkPairing(const QString &id, VS state) {
    AuditQuery q;
    q.limit = 500;
    const auto ops = m_store->operatorAudit(q).value();
    int dispatch = 0, outcome = 0;
    for (const auto &e : ops.items) {
        if (e.verificationId != id)
            continue;
        QCOMPARE(e.actionType, QStringLiteral("HelpdeskPushVerification"));
        QCOMPARE(e.ticket.value_or(QString()), QStringLiteral("INC-7"));
        if (e.phase == QStringLiteral("dispatch")) {
            ++dispatch;
            QVERIFY(!e.outcome.has_value());
        } else {
            ++outcome;
            QCOMPARE(e.outcome.value_or(QString()), wire::toWire(state));
        }
    }
    QCOMPARE(dispatch, 1);
    QCOMPARE(outcome, audit::hasOutcomeEntry(state) ? 1 : 0);
    const auto auth = m_store->authAudit(q).value();
    int authEntries = 0;
    for (const auto &e : auth.items) {
        if (e.verificationId != id)
            continue;
        ++authEntries;
        QCOMPARE(e.message, wire::authAuditMessage(state));
        QCOMPARE(e.result,
                 state == VS::Approved ? QStringLiteral("Success") : QStringLiteral("Failure"));
    }
    QCOMPARE(authEntries, audit::hasAuthenticationEntry(state) ? 1 : 0);
}

void TestVerificationService::outcomes_data() {
    QTest::addColumn<QString>("how");
    QTest::addColumn<VS>("expected");
    QTest::newRow("approve right number") << QStringLiteral("right") << VS::Approved;
    QTest::newRow("wrong number") << QStringLiteral("wrong") << VS::WrongNumber;
    QTest::newRow("deny") << QStringLiteral("deny") << VS::Denied;
    QTest::newRow("cancel") << QStringLiteral("cancel") << VS::Cancelled;
}

void TestVerificationService::outcomes() {
    QFETCH(QString, how);
    QFETCH(VS, expected);
    auto svc = makeService();
    QList<protocol::Verification> events;
    connect(svc.get(), &VerificationService::changed, this,
            [&](const protocol::Verification &v) { events.append(v); });
    const auto v = send(*svc);
    QCOMPARE(v.state, VS::Pending);
    QCOMPARE(m_gateway.delivered.size(), 1);
    const auto request = m_gateway.delivered.first();
    const int right = v.verificationNumber->toInt();
    int wrong = 0;
    for (int c : *request.choices)
        wrong = c != right ? c : wrong;
    if (how == QLatin1String("cancel")) {
        QVERIFY(svc->cancel(op(), v.id).ok());
    } else {
        const auto action =
            how == QLatin1String("deny") ? wire::DeviceAction::Deny : wire::DeviceAction::Approve;
        const auto state = svc->answer(device(), request.requestId, action,
                                       how == QLatin1String("right") ? right : wrong);
        QVERIFY(state.ok());
        QCOMPARE(state.value(), expected);
    }
    const auto after = svc->get(op(), v.id).value();
    QCOMPARE(after.state, expected);
    QVERIFY(after.completedAt.has_value());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().state, expected);
    checkPairing(v.id, expected);
    // A terminal state never changes: a late answer is refused.
    const auto late = svc->answer(device(), request.requestId, wire::DeviceAction::Approve, right);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, QStringLiteral("request_closed"));
}

void TestVerificationService::dispatchFailureIsAudited() {
    auto svc = makeService();
    const auto v = send(*svc, QStringLiteral("MP-1003")); // cnodev: no device
    QCOMPARE(v.state, VS::DispatchFailed);
    QCOMPARE(v.reason.value_or(QString()), QStringLiteral("device_unreachable"));
    QVERIFY(!v.verificationNumber.has_value());
    QVERIFY(m_gateway.delivered.isEmpty());
    checkPairing(v.id, VS::DispatchFailed);
}

void TestVerificationService::firstWriterWins() {
    auto svc = makeService();
    const auto v = send(*svc);
    const auto rid = m_gateway.delivered.first().requestId;
    QVERIFY(svc->answer(device(), rid, wire::DeviceAction::Deny, std::nullopt).ok());
    const auto second = svc->answer(device(), rid, wire::DeviceAction::Deny, std::nullopt);
    QCOMPARE(second.error().code, QStringLiteral("request_closed"));
    const auto cancel = svc->cancel(op(), v.id);
    QCOMPARE(cancel.error().code, QStringLiteral("already_finished"));
    checkPairing(v.id, VS::Denied);
    // Another device (another token's) cannot even see the request.
    const auto foreign =
        svc->answer(device(QStringLiteral("MP-1002")), rid, wire::DeviceAction::Deny, std::nullopt);
    QCOMPARE(foreign.error().code, QStringLiteral("not_found"));
}

void TestVerificationService::cancelRules() {
    auto svc = makeService();
    const auto v = send(*svc);
    QCOMPARE(svc->cancel(op(QStringLiteral("admin")), v.id).error().kind, ErrorKind::Forbidden);
    QCOMPARE(svc->cancel(op(QStringLiteral("auditor")), v.id).error().kind, ErrorKind::Forbidden);
    QCOMPARE(svc->create(op(), QStringLiteral("jdoe"), QStringLiteral("MP-1001"), {}).error().code,
             QStringLiteral("verification_pending"));
    QVERIFY(svc->cancel(op(), v.id).ok());
    QCOMPARE(svc->cancel(op(), v.id).error().code, QStringLiteral("already_finished"));
    QCOMPARE(svc->cancel(op(), QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
}

void TestVerificationService::timerTimesOut() {
    auto svc = makeService(1);
    const auto v = send(*svc);
    m_now = m_now.addSecs(2); // the deadline has passed when the timer fires
    QTRY_COMPARE_WITH_TIMEOUT(svc->get(op(), v.id).value().state, VS::TimedOut, 10000);
    QCOMPARE(svc->pendingCount(), 0);
    checkPairing(v.id, VS::TimedOut);
}

void TestVerificationService::sweepOnStartTimesOutAtDeadline() {
    protocol::Verification v;
    {
        auto svc = makeService(60);
        v = send(*svc);
    } // "the server stops" with the verification pending
    m_now = m_now.addSecs(3600);
    auto restarted = makeService(60);
    QVERIFY(restarted->recover().ok());
    const auto after = restarted->get(op(), v.id).value();
    QCOMPARE(after.state, VS::TimedOut);
    QCOMPARE(after.completedAt.value(), v.expiresAt);
    checkPairing(v.id, VS::TimedOut);
}

void TestVerificationService::failedAuditWriteFailsTransition() {
    auto svc = makeService();
    const auto v = send(*svc);
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON auth_audit "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const auto rid = m_gateway.delivered.first().requestId;
    const auto r = svc->answer(device(), rid, wire::DeviceAction::Deny, std::nullopt);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Internal);
    // No outcome without its trail: still pending in the store, no outcome entry.
    QCOMPARE(m_store->verificationById(v.id).value()->verification.state, VS::Pending);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(svc->answer(device(), rid, wire::DeviceAction::Deny, std::nullopt).ok());
    checkPairing(v.id, VS::Denied);
}

void TestVerificationService::pushRequestHidesTheAnswer() {
    auto svc = makeService();
    const auto v = send(*svc);
    const QJsonObject json = m_gateway.delivered.first().toJson();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("choices"), QStringLiteral("organizationName"),
                          QStringLiteral("requestId"), QStringLiteral("resourceName"),
                          QStringLiteral("timestamp"), QStringLiteral("userName")}));
    QVERIFY(json.value(QStringLiteral("requestId")).toString() != v.id);
    QCOMPARE(json.value(QStringLiteral("userName")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(json.value(QStringLiteral("organizationName")).toString(),
             QStringLiteral("Acme Corp"));
}

QTEST_GUILESS_MAIN(TestVerificationService)
#include "tst_verificationservice.moc"
