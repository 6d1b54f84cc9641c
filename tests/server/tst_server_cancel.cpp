// SPDX-License-Identifier: MIT
// Operator cancel and the one-pending-per-token rule against the real server: DELETE 204 and
// its trail, the device's late answer (410), a second DELETE (409), other operators (403),
// a second POST while one is pending (409), GET of unknown ids.
#include "serverharness.h"

using vd::test::ServerHarness;

namespace {

const QString Jdoe = QStringLiteral("jdoe");
const QString Mp1001 = QStringLiteral("MP-1001");

QString verificationPath(const QString &id) {
    return QStringLiteral("/api/v1/verifications/") + id;
}

} // namespace

class TestServerCancel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cancelPending();
    void cancelFinished_data();
    void cancelFinished();
    void cancelByOthers_data();
    void cancelByOthers();
    void unknownVerification_data();
    void unknownVerification();
    void secondPostWhilePending();
    void readableByViewers();

private:
    QString startPending();

    ServerHarness m_h;
    QByteArray m_device;
};

void TestServerCancel::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_device = m_h.activateDevice(Mp1001);
    QVERIFY(!m_device.isEmpty());
}

void TestServerCancel::cleanup() {
    m_h.cancelPending();
}

QString TestServerCancel::startPending() {
    const auto reply =
        m_h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001, QStringLiteral("INC-C"));
    if (reply.status != 201 ||
        reply.object().value(QStringLiteral("state")).toString() != QLatin1String("pending")) {
        qWarning("%s", qPrintable(reply.describe()));
        return {};
    }
    return reply.object().value(QStringLiteral("id")).toString();
}

void TestServerCancel::cancelPending() {
    const QString id = startPending();
    QVERIFY(!id.isEmpty());
    const QJsonObject request = m_h.onlyRequest(m_device);
    const QString requestId = request.value(QStringLiteral("requestId")).toString();
    QVERIFY(!requestId.isEmpty());

    const auto cancelled =
        m_h.http().del(verificationPath(id), {}, m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_STATUS(cancelled, 204);
    QVERIFY2(cancelled.body.isEmpty(), cancelled.body.constData());

    const QJsonObject v = m_h.verification(QStringLiteral("helpdesk"), id).object();
    QCOMPARE(v.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY(v.value(QStringLiteral("completedAt")).isString());
    QVERIFY(v.value(QStringLiteral("reason")).isNull());

    // The device no longer sees it; its late answer is refused and changes nothing.
    QVERIFY(m_h.deviceRequests(m_device).isEmpty());
    const int number = v.value(QStringLiteral("verificationNumber")).toString().toInt();
    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("approve"), number), 410,
                    QStringLiteral("request_closed"));
    VD_VERIFY_ERROR(m_h.answer(m_device, requestId, QStringLiteral("deny")), 410,
                    QStringLiteral("request_closed"));
    QCOMPARE(m_h.stateOf(id), QStringLiteral("cancelled"));

    // Cancelling twice: the first terminal state stays.
    VD_VERIFY_ERROR(
        m_h.http().del(verificationPath(id), {}, m_h.bearer(QStringLiteral("helpdesk"))), 409,
        QStringLiteral("already_finished"));
    QCOMPARE(m_h.stateOf(id), QStringLiteral("cancelled"));

    // The trail of a cancel: its dispatch entry only.
    const auto ops = m_h.operatorEntries(id);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().value(QStringLiteral("phase")).toString(), QStringLiteral("dispatch"));
    QVERIFY(m_h.authenticationEntries(id).isEmpty());

    // The token is free again.
    QVERIFY(!startPending().isEmpty());
}

void TestServerCancel::cancelFinished_data() {
    QTest::addColumn<QString>("finish"); // how it ended
    QTest::newRow("approved") << QStringLiteral("approved");
    QTest::newRow("denied") << QStringLiteral("denied");
    QTest::newRow("wrong_number") << QStringLiteral("wrong_number");
    QTest::newRow("dispatch_failed") << QStringLiteral("dispatch_failed");
}

void TestServerCancel::cancelFinished() {
    QFETCH(QString, finish);
    QString id;
    if (finish == QLatin1String("dispatch_failed")) {
        const auto r = m_h.startVerification(QStringLiteral("helpdesk"), QStringLiteral("cnodev"),
                                             QStringLiteral("MP-1003"));
        VD_VERIFY_STATUS(r, 201);
        id = r.object().value(QStringLiteral("id")).toString();
    } else {
        id = startPending();
        QVERIFY(!id.isEmpty());
        const int number = m_h.verification(QStringLiteral("helpdesk"), id)
                               .object()
                               .value(QStringLiteral("verificationNumber"))
                               .toString()
                               .toInt();
        const QJsonObject request = m_h.onlyRequest(m_device);
        QList<int> choices;
        for (const QJsonValue &c : request.value(QStringLiteral("choices")).toArray())
            choices.append(c.toInt());
        const int wrong = choices.at(choices.at(0) == number ? 1 : 0);
        const auto answered = m_h.answer(
            m_device, request.value(QStringLiteral("requestId")).toString(),
            finish == QLatin1String("denied") ? QStringLiteral("deny") : QStringLiteral("approve"),
            finish == QLatin1String("wrong_number") ? wrong : number);
        VD_VERIFY_STATUS(answered, 200);
    }
    QCOMPARE(m_h.stateOf(id), finish);
    VD_VERIFY_ERROR(
        m_h.http().del(verificationPath(id), {}, m_h.bearer(QStringLiteral("helpdesk"))), 409,
        QStringLiteral("already_finished"));
    QCOMPARE(m_h.stateOf(id), finish);
}

void TestServerCancel::cancelByOthers_data() {
    QTest::addColumn<QString>("op");
    QTest::newRow("another operator with edit") << QStringLiteral("admin");
    QTest::newRow("a viewer") << QStringLiteral("auditor");
}

void TestServerCancel::cancelByOthers() {
    QFETCH(QString, op);
    const QString id = startPending();
    QVERIFY(!id.isEmpty());
    VD_VERIFY_ERROR(m_h.http().del(verificationPath(id), {}, m_h.bearer(op)), 403,
                    QStringLiteral("forbidden"));
    QCOMPARE(m_h.stateOf(id), QStringLiteral("pending"));
    QCOMPARE(m_h.deviceRequests(m_device).size(), 1);
    VD_VERIFY_STATUS(
        m_h.http().del(verificationPath(id), {}, m_h.bearer(QStringLiteral("helpdesk"))), 204);
}

void TestServerCancel::unknownVerification_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << QByteArray("GET");
    QTest::newRow("DELETE") << QByteArray("DELETE");
}

void TestServerCancel::unknownVerification() {
    QFETCH(QByteArray, method);
    for (const QString &id :
         {QStringLiteral("00000000000000000000000000000000"), QStringLiteral("nope"),
          QStringLiteral("..%2F..%2Fetc"), QStringLiteral("%27%20OR%201%3D1")}) {
        const auto reply = m_h.http().request(method, verificationPath(id), {}, {},
                                              m_h.bearer(QStringLiteral("helpdesk")));
        VD_VERIFY_ERROR(reply, 404, QStringLiteral("not_found"));
    }
}

void TestServerCancel::secondPostWhilePending() {
    const QString id = startPending();
    QVERIFY(!id.isEmpty());
    // Whoever asks, and whatever the ticket: one pending verification per token.
    for (const QString &op : {QStringLiteral("helpdesk"), QStringLiteral("admin")}) {
        const auto second = m_h.startVerification(op, Jdoe, Mp1001, QStringLiteral("INC-2"));
        VD_VERIFY_ERROR(second, 409, QStringLiteral("verification_pending"));
    }
    QCOMPARE(m_h.deviceRequests(m_device).size(), 1);
    QCOMPARE(m_h.operatorEntries(id).size(), 1);
    // Another token is not blocked by it.
    VD_VERIFY_STATUS(m_h.startVerification(QStringLiteral("helpdesk"), QStringLiteral("cnodev"),
                                           QStringLiteral("MP-1003")),
                     201);
    VD_VERIFY_STATUS(
        m_h.http().del(verificationPath(id), {}, m_h.bearer(QStringLiteral("helpdesk"))), 204);
    QVERIFY(!startPending().isEmpty());
}

void TestServerCancel::readableByViewers() {
    const QString id = startPending();
    QVERIFY(!id.isEmpty());
    const QJsonObject mine = m_h.verification(QStringLiteral("helpdesk"), id).object();
    for (const QString &op : {QStringLiteral("auditor"), QStringLiteral("admin")}) {
        const auto reply = m_h.verification(op, id);
        VD_VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.object(), mine);
    }
}

QTEST_GUILESS_MAIN(TestServerCancel)
#include "tst_server_cancel.moc"
