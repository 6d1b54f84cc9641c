// SPDX-License-Identifier: MIT
// The audit filters the console's views rely on, against the real server: `result` on the
// authentication list, `verificationId` on both lists (a verification's dispatch, outcome and
// follow-up entries in one call), combined with the other filters and paging, and 400 for a
// bad `result`.
#include "serverharness.h"

#include <QJsonArray>

using vd::test::ServerHarness;

namespace {

const QString Jdoe = QStringLiteral("jdoe");
const QString Mp1001 = QStringLiteral("MP-1001");

QStringList valuesOf(const QList<QJsonObject> &items, const QString &key) {
    QStringList values;
    for (const QJsonObject &o : items)
        values.append(o.value(key).toString());
    return values;
}

} // namespace

class TestServerAuditFilters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resultFilter_data();
    void resultFilter();
    void resultCombinesWithUser();
    void badResult_data();
    void badResult();
    void verificationIdOnOperatorList();
    void verificationIdOnAuthenticationList();
    void verificationIdUnknown();
    void verificationIdPages();

private:
    // Starts a verification of jdoe as helpdesk and answers it on the device; its id.
    QString finish(const QString &action, bool rightNumber);

    ServerHarness m_h;
    QByteArray m_device;
    QString m_approved;
    QString m_denied;
    QString m_wrong;
};

void TestServerAuditFilters::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    m_device = m_h.activateDevice(Mp1001);
    QVERIFY(!m_device.isEmpty());
    m_approved = finish(QStringLiteral("approve"), true);
    m_denied = finish(QStringLiteral("deny"), false);
    m_wrong = finish(QStringLiteral("approve"), false);
    QVERIFY(!m_approved.isEmpty() && !m_denied.isEmpty() && !m_wrong.isEmpty());
    // A follow-up action naming the approval.
    const auto action = m_h.http().post(QStringLiteral("/api/v1/tokens/MP-1001/actions"),
                                        {{QStringLiteral("action"), QStringLiteral("reset_pin")},
                                         {QStringLiteral("verificationId"), m_approved}},
                                        m_h.bearer(QStringLiteral("helpdesk")));
    VD_VERIFY_STATUS(action, 200);
}

QString TestServerAuditFilters::finish(const QString &action, bool rightNumber) {
    const auto reply = m_h.startVerification(QStringLiteral("helpdesk"), Jdoe, Mp1001);
    if (reply.status != 201) {
        qWarning("%s", qPrintable(reply.describe()));
        return {};
    }
    const QString id = reply.object().value(QStringLiteral("id")).toString();
    const int number =
        reply.object().value(QStringLiteral("verificationNumber")).toString().toInt();
    const QJsonObject request = m_h.onlyRequest(m_device);
    int choice = number;
    if (!rightNumber) {
        for (const QJsonValue &v : request.value(QStringLiteral("choices")).toArray()) {
            if (v.toInt() != number)
                choice = v.toInt();
        }
    }
    const auto answered =
        m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(), action,
                   action == QLatin1String("approve") ? std::optional<int>(choice) : std::nullopt);
    if (answered.status != 200) {
        qWarning("%s", qPrintable(answered.describe()));
        return {};
    }
    return id;
}

void TestServerAuditFilters::resultFilter_data() {
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("expected"); // entries of this test's verifications
    QTest::newRow("Success") << QStringLiteral("Success") << 1;
    QTest::newRow("Failure") << QStringLiteral("Failure") << 2;
    QTest::newRow("empty means all") << QString() << 3;
}

void TestServerAuditFilters::resultFilter() {
    QFETCH(QString, result);
    QFETCH(int, expected);
    const auto items =
        m_h.allAuditItems(QStringLiteral("authentication"), QStringLiteral("result=") + result);
    QCOMPARE(items.size(), expected);
    if (!result.isEmpty()) {
        for (const QString &r : valuesOf(items, QStringLiteral("result")))
            QCOMPARE(r, result);
    }
    // The total counts the filtered entries, not the whole list.
    const auto page =
        m_h.http().get(QStringLiteral("/api/v1/audit/authentication?limit=1&result=") + result, {},
                       m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_STATUS(page, 200);
    QCOMPARE(page.object().value(QStringLiteral("total")).toInt(), expected);
}

void TestServerAuditFilters::resultCombinesWithUser() {
    QCOMPARE(m_h.allAuditItems(QStringLiteral("authentication"),
                               QStringLiteral("result=Failure&userId=jdoe"))
                 .size(),
             2);
    QVERIFY(m_h.allAuditItems(QStringLiteral("authentication"),
                              QStringLiteral("result=Failure&userId=asmith"))
                .isEmpty());
}

void TestServerAuditFilters::badResult_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("lower case") << QStringLiteral("success");
    QTest::newRow("outcome word") << QStringLiteral("approved");
    QTest::newRow("other") << QStringLiteral("Maybe");
}

void TestServerAuditFilters::badResult() {
    QFETCH(QString, value);
    const auto reply =
        m_h.http().get(QStringLiteral("/api/v1/audit/authentication?result=") + value, {},
                       m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_ERROR(reply, 400, QStringLiteral("invalid_field"));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("result")),
             qPrintable(reply.errorMessage()));
}

void TestServerAuditFilters::verificationIdOnOperatorList() {
    const auto items = m_h.allAuditItems(QStringLiteral("operator"),
                                         QStringLiteral("verificationId=") + m_approved);
    // Newest first: the follow-up action, the outcome, then the dispatch.
    QCOMPARE(valuesOf(items, QStringLiteral("actionType")),
             (QStringList{QStringLiteral("PinReset"), QStringLiteral("HelpdeskPushVerification"),
                          QStringLiteral("HelpdeskPushVerification")}));
    QCOMPARE(items.at(1).value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    QCOMPARE(items.at(2).value(QStringLiteral("phase")).toString(), QStringLiteral("dispatch"));
    for (const QString &id : valuesOf(items, QStringLiteral("verificationId")))
        QCOMPARE(id, m_approved);
    // With another filter it narrows further.
    const auto narrowed =
        m_h.allAuditItems(QStringLiteral("operator"),
                          QStringLiteral("actionType=PinReset&verificationId=") + m_denied);
    QVERIFY(narrowed.isEmpty());
}

void TestServerAuditFilters::verificationIdOnAuthenticationList() {
    const auto items = m_h.allAuditItems(QStringLiteral("authentication"),
                                         QStringLiteral("verificationId=") + m_wrong);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().value(QStringLiteral("message")).toString(),
             QStringLiteral("Login from Helpdesk push verification \u2014 wrong number selected"));
}

void TestServerAuditFilters::verificationIdUnknown() {
    const auto reply =
        m_h.http().get(QStringLiteral("/api/v1/audit/operator?verificationId=0123456789abcdef"), {},
                       m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), 0);
    QVERIFY(reply.object().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestServerAuditFilters::verificationIdPages() {
    const QString path =
        QStringLiteral("/api/v1/audit/operator?limit=2&verificationId=") + m_approved;
    const auto first = m_h.http().get(path, {}, m_h.bearer(QStringLiteral("auditor")));
    const auto second = m_h.http().get(path + QStringLiteral("&offset=2"), {},
                                       m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_STATUS(first, 200);
    VD_VERIFY_STATUS(second, 200);
    QCOMPARE(first.object().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(first.object().value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(second.object().value(QStringLiteral("items")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerAuditFilters)
#include "tst_server_auditfilters.moc"
