// SPDX-License-Identifier: MIT
// Both audit lists against the real server after a known set of verifications: one dispatch
// and one outcome entry per verification (none for a cancel), the exact authentication texts,
// tickets, newest-first order, filters, paging, bad parameters, and 403 without audit view.
#include "serverharness.h"

#include "jsonreader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

using vd::test::ServerHarness;

namespace {

const QString Approved = QStringLiteral("Login from Helpdesk push verification \u2014 approved");
const QString Denied = QStringLiteral("Login from Helpdesk push verification \u2014 denied");
const QString WrongNumber =
    QStringLiteral("Login from Helpdesk push verification \u2014 wrong number selected");

// Copies an operator row with other permissions, while the server is stopped (the API has no
// way to create operators, and every demo operator has audit view).
bool addOperator(const QString &databasePath, const QString &username, const QString &authMethods,
                 const QString &policy, const QString &audit, QString *error) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), username);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO operators (username, display_name, role, password_hash, "
                "perm_authentication_methods, perm_policy, perm_audit) SELECT ?, 'Restricted', "
                "'Restricted', password_hash, ?, ?, ? FROM operators WHERE username = 'auditor'"));
            q.addBindValue(username);
            q.addBindValue(authMethods);
            q.addBindValue(policy);
            q.addBindValue(audit);
            ok = q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(username);
    return ok;
}

} // namespace

class TestServerAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entriesPerOutcome_data();
    void entriesPerOutcome();
    void newestFirst_data();
    void newestFirst();
    void filters_data();
    void filters();
    void timeWindow();
    void paging_data();
    void paging();
    void badParameters_data();
    void badParameters();
    void needsPermission_data();
    void needsPermission();

private:
    // Runs one verification of jdoe/MP-1001 to the given end; its id.
    QString run(const QString &op, const QString &end, const std::optional<QString> &ticket);
    QJsonObject page(const QString &list, const QString &query, int *status = nullptr);

    ServerHarness m_h;
    QByteArray m_device;
    QHash<QString, QString> m_ids;     // scenario name -> verification id
    QHash<QString, QString> m_tickets; // scenario name -> ticket
    QByteArray m_noAudit;
    QByteArray m_noRights;
};

void TestServerAudit::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    QCOMPARE(m_h.process().stop(), 0);
    QString error;
    QVERIFY2(addOperator(m_h.process().databasePath(), QStringLiteral("noaudit"),
                         QStringLiteral("view"), QStringLiteral("view"), QStringLiteral("none"),
                         &error),
             qPrintable(error));
    QVERIFY2(addOperator(m_h.process().databasePath(), QStringLiteral("norights"),
                         QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("none"),
                         &error),
             qPrintable(error));
    QVERIFY2(m_h.restart(), qPrintable(m_h.errorString()));
    m_noAudit = m_h.http().signIn(QStringLiteral("noaudit"), QStringLiteral("auditor"));
    QVERIFY(!m_noAudit.isEmpty());
    m_noRights = m_h.http().signIn(QStringLiteral("norights"), QStringLiteral("auditor"));
    QVERIFY(!m_noRights.isEmpty());

    m_device = m_h.activateDevice(QStringLiteral("MP-1001"));
    QVERIFY(!m_device.isEmpty());
    const QList<std::tuple<QString, QString, QString, std::optional<QString>>> scenario{
        {QStringLiteral("approved"), QStringLiteral("helpdesk"), QStringLiteral("approved"),
         QStringLiteral("INC-A1")},
        {QStringLiteral("denied"), QStringLiteral("helpdesk"), QStringLiteral("denied"),
         std::nullopt},
        {QStringLiteral("wrong_number"), QStringLiteral("helpdesk"), QStringLiteral("wrong_number"),
         QStringLiteral("INC-W1")},
        {QStringLiteral("cancelled"), QStringLiteral("helpdesk"), QStringLiteral("cancelled"),
         QStringLiteral("INC-C1")},
        {QStringLiteral("dispatch_failed"), QStringLiteral("helpdesk"),
         QStringLiteral("dispatch_failed"), QStringLiteral("CHG-D1")},
        {QStringLiteral("admin approved"), QStringLiteral("admin"), QStringLiteral("approved"),
         std::nullopt},
    };
    for (const auto &[name, op, end, ticket] : scenario) {
        const QString id = run(op, end, ticket);
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        m_ids.insert(name, id);
        m_tickets.insert(name, ticket.value_or(QString()));
    }
}

QString TestServerAudit::run(const QString &op, const QString &end,
                             const std::optional<QString> &ticket) {
    const bool failed = end == QLatin1String("dispatch_failed");
    const auto created = m_h.startVerification(
        op, failed ? QStringLiteral("cnodev") : QStringLiteral("jdoe"),
        failed ? QStringLiteral("MP-1003") : QStringLiteral("MP-1001"), ticket);
    if (created.status != 201)
        return {};
    const QString id = created.object().value(QStringLiteral("id")).toString();
    if (failed)
        return id;
    if (end == QLatin1String("cancelled")) {
        m_h.http().del(QStringLiteral("/api/v1/verifications/") + id, {}, m_h.bearer(op));
    } else {
        const int number =
            created.object().value(QStringLiteral("verificationNumber")).toString().toInt();
        const QJsonObject request = m_h.onlyRequest(m_device);
        int wrong = 0;
        for (const QJsonValue &c : request.value(QStringLiteral("choices")).toArray())
            wrong = c.toInt() != number ? c.toInt() : wrong;
        const QString action =
            end == QLatin1String("denied") ? QStringLiteral("deny") : QStringLiteral("approve");
        m_h.answer(m_device, request.value(QStringLiteral("requestId")).toString(), action,
                   end == QLatin1String("wrong_number") ? wrong : number);
    }
    return m_h.stateOf(id) == end ? id : QString();
}

QJsonObject TestServerAudit::page(const QString &list, const QString &query, int *status) {
    const auto reply = m_h.http().get(QStringLiteral("/api/v1/audit/%1?%2").arg(list, query), {},
                                      m_h.bearer(QStringLiteral("auditor")));
    if (status)
        *status = reply.status;
    return reply.object();
}

void TestServerAudit::entriesPerOutcome_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("outcome");     // operator outcome entry; empty: none
    QTest::addColumn<QString>("authMessage"); // authentication entry; empty: none
    QTest::addColumn<QString>("authResult");
    QTest::newRow("approved") << QStringLiteral("approved") << QStringLiteral("approved")
                              << Approved << QStringLiteral("Success");
    QTest::newRow("denied") << QStringLiteral("denied") << QStringLiteral("denied") << Denied
                            << QStringLiteral("Failure");
    QTest::newRow("wrong_number") << QStringLiteral("wrong_number")
                                  << QStringLiteral("wrong_number") << WrongNumber
                                  << QStringLiteral("Failure");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QString() << QString()
                               << QString();
    QTest::newRow("dispatch_failed") << QStringLiteral("dispatch_failed")
                                     << QStringLiteral("dispatch_failed") << QString() << QString();
}

void TestServerAudit::entriesPerOutcome() {
    QFETCH(QString, scenario);
    QFETCH(QString, outcome);
    QFETCH(QString, authMessage);
    QFETCH(QString, authResult);
    const QString id = m_ids.value(scenario);
    const QJsonValue ticket = m_tickets.value(scenario).isEmpty()
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(m_tickets.value(scenario));
    const QJsonObject v = m_h.verification(QStringLiteral("helpdesk"), id).object();

    const auto ops = m_h.operatorEntries(id);
    QCOMPARE(ops.size(), outcome.isEmpty() ? 1 : 2);
    for (const QJsonObject &e : ops) {
        VD_VERIFY_KEYS(e, QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("operator"),
                       QStringLiteral("actionType"), QStringLiteral("phase"),
                       QStringLiteral("verificationId"), QStringLiteral("userId"),
                       QStringLiteral("tokenSerial"), QStringLiteral("ticket"),
                       QStringLiteral("outcome"), QStringLiteral("message"));
        QCOMPARE(e.value(QStringLiteral("actionType")).toString(),
                 QStringLiteral("HelpdeskPushVerification"));
        QCOMPARE(e.value(QStringLiteral("operator")).toString(), QStringLiteral("helpdesk"));
        QCOMPARE(e.value(QStringLiteral("userId")), v.value(QStringLiteral("userId")));
        QCOMPARE(e.value(QStringLiteral("tokenSerial")), v.value(QStringLiteral("tokenSerial")));
        QCOMPARE(e.value(QStringLiteral("ticket")), ticket);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(vd::protocol::parseTime(e.value(QStringLiteral("time")).toString()));
    }
    const QJsonObject dispatch = ops.last(); // newest first: the dispatch is the oldest
    QCOMPARE(dispatch.value(QStringLiteral("phase")).toString(), QStringLiteral("dispatch"));
    QVERIFY(dispatch.value(QStringLiteral("outcome")).isNull());
    QCOMPARE(dispatch.value(QStringLiteral("time")), v.value(QStringLiteral("createdAt")));
    if (!outcome.isEmpty()) {
        const QJsonObject out = ops.first();
        QCOMPARE(out.value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
        QCOMPARE(out.value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(out.value(QStringLiteral("time")), v.value(QStringLiteral("completedAt")));
        QVERIFY(out.value(QStringLiteral("id")) != dispatch.value(QStringLiteral("id")));
    }

    const auto auth = m_h.authenticationEntries(id);
    QCOMPARE(auth.size(), authMessage.isEmpty() ? 0 : 1);
    if (authMessage.isEmpty())
        return;
    const QJsonObject e = auth.first();
    VD_VERIFY_KEYS(e, QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("userId"),
                   QStringLiteral("tokenSerial"), QStringLiteral("resourceName"),
                   QStringLiteral("result"), QStringLiteral("message"),
                   QStringLiteral("verificationId"), QStringLiteral("ticket"));
    QCOMPARE(e.value(QStringLiteral("message")).toString(), authMessage);
    QCOMPARE(e.value(QStringLiteral("result")).toString(), authResult);
    QCOMPARE(e.value(QStringLiteral("userId")).toString(), QStringLiteral("jdoe"));
    QCOMPARE(e.value(QStringLiteral("tokenSerial")).toString(), QStringLiteral("MP-1001"));
    QVERIFY(!e.value(QStringLiteral("resourceName")).toString().isEmpty());
    QCOMPARE(e.value(QStringLiteral("ticket")), ticket);
    QCOMPARE(e.value(QStringLiteral("time")), v.value(QStringLiteral("completedAt")));
}

void TestServerAudit::newestFirst_data() {
    QTest::addColumn<QString>("list");
    QTest::newRow("authentication") << QStringLiteral("authentication");
    QTest::newRow("operator") << QStringLiteral("operator");
}

void TestServerAudit::newestFirst() {
    QFETCH(QString, list);
    const QList<QJsonObject> items = m_h.allAuditItems(list);
    QVERIFY(items.size() >= 4);
    for (qsizetype i = 1; i < items.size(); ++i) {
        const auto newer =
            vd::protocol::parseTime(items.at(i - 1).value(QStringLiteral("time")).toString());
        const auto older =
            vd::protocol::parseTime(items.at(i).value(QStringLiteral("time")).toString());
        QVERIFY(newer && older);
        QVERIFY2(*newer >= *older,
                 qPrintable(QStringLiteral("entry %1 is newer than entry %2").arg(i).arg(i - 1)));
    }
    // The scenario ran in order: the last verification's entries come first.
    QCOMPARE(items.first().value(QStringLiteral("verificationId")).toString(),
             m_ids.value(QStringLiteral("admin approved")));
    QCOMPARE(items.last().value(QStringLiteral("verificationId")).toString(),
             m_ids.value(QStringLiteral("approved")));
}

void TestServerAudit::filters_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field"); // every item has value in field
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("total");
    const QString auth = QStringLiteral("authentication"), ops = QStringLiteral("operator");
    // jdoe: approved, denied, wrong_number, admin approved → 4 authentication entries.
    QTest::newRow("auth userId=jdoe") << auth << QStringLiteral("userId=jdoe")
                                      << QStringLiteral("userId") << QStringLiteral("jdoe") << 4;
    QTest::newRow("auth userId=cnodev (dispatch failed only)")
        << auth << QStringLiteral("userId=cnodev") << QStringLiteral("userId")
        << QStringLiteral("cnodev") << 0;
    QTest::newRow("auth userId unknown")
        << auth << QStringLiteral("userId=nobody") << QStringLiteral("userId")
        << QStringLiteral("nobody") << 0;
    // helpdesk: 5 dispatch + 4 outcome (the cancel has none).
    QTest::newRow("operator=helpdesk")
        << ops << QStringLiteral("operator=helpdesk") << QStringLiteral("operator")
        << QStringLiteral("helpdesk") << 9;
    QTest::newRow("operator=admin") << ops << QStringLiteral("operator=admin")
                                    << QStringLiteral("operator") << QStringLiteral("admin") << 2;
    QTest::newRow("operator=auditor")
        << ops << QStringLiteral("operator=auditor") << QStringLiteral("operator")
        << QStringLiteral("auditor") << 0;
    QTest::newRow("actionType") << ops << QStringLiteral("actionType=HelpdeskPushVerification")
                                << QStringLiteral("actionType")
                                << QStringLiteral("HelpdeskPushVerification") << 11;
    QTest::newRow("actionType of another kind")
        << ops << QStringLiteral("actionType=TokenRevoke") << QStringLiteral("actionType")
        << QStringLiteral("TokenRevoke") << 0;
    QTest::newRow("operator and actionType")
        << ops << QStringLiteral("operator=admin&actionType=HelpdeskPushVerification")
        << QStringLiteral("operator") << QStringLiteral("admin") << 2;
    QTest::newRow("operator userId=cnodev")
        << ops << QStringLiteral("userId=cnodev") << QStringLiteral("userId")
        << QStringLiteral("cnodev") << 2;
}

void TestServerAudit::filters() {
    QFETCH(QString, list);
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, total);
    int status = 0;
    const QJsonObject result = page(list, query + QStringLiteral("&limit=500"), &status);
    QCOMPARE(status, 200);
    VD_VERIFY_KEYS(result, QStringLiteral("total"), QStringLiteral("items"));
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), total);
    const QJsonArray items = result.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), total);
    for (const QJsonValue &item : items)
        QCOMPARE(item.toObject().value(field).toString(), value);
}

void TestServerAudit::timeWindow() {
    const QJsonObject v =
        m_h.verification(QStringLiteral("helpdesk"), m_ids.value(QStringLiteral("denied")))
            .object();
    const QString at = v.value(QStringLiteral("completedAt")).toString();
    const auto atTime = vd::protocol::parseTime(at);
    QVERIFY(atTime);
    const auto ask = [this](const QString &list, const QString &from, const QString &to) {
        QUrlQuery q;
        if (!from.isEmpty())
            q.addQueryItem(QStringLiteral("from"), from);
        if (!to.isEmpty())
            q.addQueryItem(QStringLiteral("to"), to);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        // '+' of an offset must reach the server as '+', not as a space.
        return page(
            list, q.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")));
    };
    // from = to = the entry's time: that entry alone (both bounds inclusive).
    QJsonObject exact = ask(QStringLiteral("authentication"), at, at);
    QCOMPARE(exact.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(exact.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("verificationId")),
             v.value(QStringLiteral("id")));
    // The same instant written with an offset.
    const QString withOffset = atTime->toOffsetFromUtc(3600).toString(Qt::ISODateWithMs);
    QVERIFY(withOffset.endsWith(QLatin1String("+01:00")));
    exact = ask(QStringLiteral("authentication"), withOffset, withOffset);
    QCOMPARE(exact.value(QStringLiteral("total")).toInt(), 1);

    // Everything at or after it; everything up to it.
    const int all = int(m_h.allAuditItems(QStringLiteral("authentication")).size());
    const int after =
        ask(QStringLiteral("authentication"), at, QString()).value(QStringLiteral("total")).toInt();
    const int upTo =
        ask(QStringLiteral("authentication"), QString(), at).value(QStringLiteral("total")).toInt();
    QCOMPARE(after + upTo, all + 1);
    QCOMPARE(upTo, 2); // approved, denied
    // A window in the future, and one ending before the first entry, are empty.
    const QString future = vd::protocol::formatTime(QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(
        ask(QStringLiteral("operator"), future, QString()).value(QStringLiteral("total")).toInt(),
        0);
    QCOMPARE(ask(QStringLiteral("operator"), QString(), QStringLiteral("2020-01-01T00:00:00.000Z"))
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void TestServerAudit::paging_data() {
    QTest::addColumn<QString>("list");
    QTest::newRow("authentication") << QStringLiteral("authentication");
    QTest::newRow("operator") << QStringLiteral("operator");
}

void TestServerAudit::paging() {
    QFETCH(QString, list);
    const QList<QJsonObject> all = m_h.allAuditItems(list);
    QList<QJsonObject> walked;
    for (int offset = 0; offset < all.size(); offset += 3) {
        const QJsonObject p = page(list, QStringLiteral("offset=%1&limit=3").arg(offset));
        QCOMPARE(p.value(QStringLiteral("total")).toInt(), int(all.size()));
        for (const QJsonValue &v : p.value(QStringLiteral("items")).toArray())
            walked.append(v.toObject());
    }
    QCOMPARE(walked, all);
    const QJsonObject beyond = page(list, QStringLiteral("offset=1000"));
    QCOMPARE(beyond.value(QStringLiteral("total")).toInt(), int(all.size()));
    QVERIFY(beyond.value(QStringLiteral("items")).toArray().isEmpty());
    // Default page size is 50.
    QVERIFY(page(list, QString()).value(QStringLiteral("items")).toArray().size() <= 50);
}

void TestServerAudit::badParameters_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    for (const QString &list : {QStringLiteral("authentication"), QStringLiteral("operator")}) {
        const QByteArray l = list.toLatin1();
        QTest::addRow("%s from=yesterday", l.constData())
            << list << QStringLiteral("from=yesterday") << QStringLiteral("from");
        QTest::addRow("%s from without zone", l.constData())
            << list << QStringLiteral("from=2026-12-03T10:15:30") << QStringLiteral("from");
        QTest::addRow("%s to month 13", l.constData())
            << list << QStringLiteral("to=2026-13-01T00:00:00.000Z") << QStringLiteral("to");
        QTest::addRow("%s limit 501", l.constData())
            << list << QStringLiteral("limit=501") << QStringLiteral("limit");
        QTest::addRow("%s offset -1", l.constData())
            << list << QStringLiteral("offset=-1") << QStringLiteral("offset");
    }
}

void TestServerAudit::badParameters() {
    QFETCH(QString, list);
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const auto reply = m_h.http().get(QStringLiteral("/api/v1/audit/%1?%2").arg(list, query), {},
                                      m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_ERROR(reply, 400, QStringLiteral("invalid_field"));
    QVERIFY2(reply.errorMessage().contains(parameter), qPrintable(reply.describe()));
}

void TestServerAudit::needsPermission_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who"); // noaudit, norights, nobody (no session)
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString authList = QStringLiteral("/api/v1/audit/authentication");
    const QString opList = QStringLiteral("/api/v1/audit/operator");
    const QString forbidden = QStringLiteral("forbidden");
    QTest::newRow("authentication, audit none")
        << authList << QStringLiteral("noaudit") << 403 << forbidden;
    QTest::newRow("operator, audit none")
        << opList << QStringLiteral("noaudit") << 403 << forbidden;
    QTest::newRow("authentication, no session")
        << authList << QStringLiteral("nobody") << 401 << QStringLiteral("unauthenticated");
    QTest::newRow("operator, no session")
        << opList << QStringLiteral("nobody") << 401 << QStringLiteral("unauthenticated");
    // The same restricted roles elsewhere: without view on authentication methods.
    QTest::newRow("users, no rights")
        << QStringLiteral("/api/v1/users?q=doe") << QStringLiteral("norights") << 403 << forbidden;
    QTest::newRow("user record, no rights")
        << QStringLiteral("/api/v1/users/jdoe") << QStringLiteral("norights") << 403 << forbidden;
    QTest::newRow("verification, no rights") << QStringLiteral("/api/v1/verifications/%1")
                                             << QStringLiteral("norights") << 403 << forbidden;
    QTest::newRow("verification, audit none is enough")
        << QStringLiteral("/api/v1/verifications/%1") << QStringLiteral("noaudit") << 200
        << QString();
    // Policy and account are readable by any signed-in operator.
    QTest::newRow("policy, no rights")
        << QStringLiteral("/api/v1/policy") << QStringLiteral("norights") << 200 << QString();
    QTest::newRow("account, no rights")
        << QStringLiteral("/api/v1/account") << QStringLiteral("norights") << 200 << QString();
}

void TestServerAudit::needsPermission() {
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, code);
    if (path.contains(QLatin1String("%1")))
        path = path.arg(m_ids.value(QStringLiteral("approved")));
    const QByteArray bearer = who == QLatin1String("noaudit")    ? m_noAudit
                              : who == QLatin1String("norights") ? m_noRights
                                                                 : QByteArray();
    const auto reply = m_h.http().get(path, {}, bearer);
    if (code.isEmpty())
        VD_VERIFY_STATUS(reply, status);
    else
        VD_VERIFY_ERROR(reply, status, code);
}

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
