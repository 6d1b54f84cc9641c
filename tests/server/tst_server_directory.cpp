// SPDX-License-Identifier: MIT
// The directory routes against the real server: user search (fields, case, substring, paging,
// limits), the user record with its tokens, and PATCH of a token (permission, types, 404).
#include "serverharness.h"

#include <QUrlQuery>

using vd::test::ServerHarness;

namespace {

QString usersPath(const QString &query) {
    return QStringLiteral("/api/v1/users?") + query;
}

QString tokenPath(const QString &serial) {
    return QStringLiteral("/api/v1/tokens/") + serial;
}

QStringList idsOf(const QJsonArray &items) {
    QStringList ids;
    for (const QJsonValue &v : items)
        ids.append(v.toObject().value(QStringLiteral("userId")).toString());
    return ids;
}

} // namespace

class TestServerDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void searchFindsNothing();
    void paging();
    void badQuery_data();
    void badQuery();
    void userDetail_data();
    void userDetail();
    void unknownUser();
    void patchToken();
    void patchNeedsEdit();
    void patchWrongTypes_data();
    void patchWrongTypes();
    void patchUnknownToken();

private:
    QByteArray helpdesk() { return m_h.bearer(QStringLiteral("helpdesk")); }
    QJsonObject tokenOf(const QString &userId, const QString &serial);

    ServerHarness m_h;
};

void TestServerDirectory::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    QVERIFY(!helpdesk().isEmpty());
}

void TestServerDirectory::search_data() {
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("expectedUser");
    QTest::newRow("user id") << QStringLiteral("jdoe") << QStringLiteral("jdoe");
    QTest::newRow("user id, upper case") << QStringLiteral("BWAYNE") << QStringLiteral("bwayne");
    QTest::newRow("user id substring") << QStringLiteral("node") << QStringLiteral("cnodev");
    QTest::newRow("first name") << QStringLiteral("Alice") << QStringLiteral("asmith");
    QTest::newRow("first name, mixed case") << QStringLiteral("cAROL") << QStringLiteral("cnodev");
    QTest::newRow("last name") << QStringLiteral("Wayne") << QStringLiteral("bwayne");
    QTest::newRow("last name substring") << QStringLiteral("ayn") << QStringLiteral("bwayne");
    QTest::newRow("email") << QStringLiteral("john.doe@acme.example") << QStringLiteral("jdoe");
    QTest::newRow("email, upper case")
        << QStringLiteral("ALICE.SMITH@") << QStringLiteral("asmith");
    QTest::newRow("email substring") << QStringLiteral("e.smith@acm") << QStringLiteral("asmith");
}

void TestServerDirectory::search() {
    QFETCH(QString, q);
    QFETCH(QString, expectedUser);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), q);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    const auto reply =
        m_h.http().get(usersPath(query.toString(QUrl::FullyEncoded)), {}, helpdesk());
    VD_VERIFY_STATUS(reply, 200);
    const QJsonObject page = reply.object();
    VD_VERIFY_KEYS(page, QStringLiteral("total"), QStringLiteral("items"));
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QVERIFY2(idsOf(items).contains(expectedUser), qPrintable(idsOf(items).join(QLatin1Char(','))));
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), items.size());
    // Every hit matches q in one of the four fields, case-insensitively.
    for (const QJsonValue &v : items) {
        const QJsonObject user = v.toObject();
        VD_VERIFY_KEYS(user, QStringLiteral("userId"), QStringLiteral("firstName"),
                       QStringLiteral("lastName"), QStringLiteral("email"));
        bool matches = false;
        for (const QString &field : user.keys())
            matches = matches || user.value(field).toString().contains(q, Qt::CaseInsensitive);
        QVERIFY2(matches, qPrintable(ServerHarness::describeKeys(user)));
    }
}

void TestServerDirectory::searchFindsNothing() {
    const auto reply = m_h.http().get(usersPath(QStringLiteral("q=zz-nobody-zz")), {}, helpdesk());
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object(),
             (QJsonObject{{QStringLiteral("total"), 0}, {QStringLiteral("items"), QJsonArray()}}));
    // A LIKE wildcard in q is a literal character, not "anything".
    const auto percent = m_h.http().get(usersPath(QStringLiteral("q=%25")), {}, helpdesk());
    VD_VERIFY_STATUS(percent, 200);
    QCOMPARE(percent.object().value(QStringLiteral("total")).toInt(), 0);
}

void TestServerDirectory::paging() {
    const auto all = m_h.http().get(usersPath(QStringLiteral("limit=500")), {}, helpdesk());
    VD_VERIFY_STATUS(all, 200);
    const int total = all.object().value(QStringLiteral("total")).toInt();
    QVERIFY2(total >= ServerHarness::DemoUsersAtLeast, qPrintable(QString::number(total)));
    const QStringList everyone = idsOf(all.object().value(QStringLiteral("items")).toArray());
    QCOMPARE(everyone.size(), std::min(total, 500));

    // Default limit is 50.
    const auto first = m_h.http().get(QStringLiteral("/api/v1/users"), {}, helpdesk());
    VD_VERIFY_STATUS(first, 200);
    QCOMPARE(first.object().value(QStringLiteral("items")).toArray().size(), 50);

    // Pages of 37 walk the whole list once, in one stable order.
    QStringList walked;
    for (int offset = 0; offset < total; offset += 37) {
        const auto page = m_h.http().get(
            usersPath(QStringLiteral("offset=%1&limit=37").arg(offset)), {}, helpdesk());
        VD_VERIFY_STATUS(page, 200);
        QCOMPARE(page.object().value(QStringLiteral("total")).toInt(), total);
        const QStringList ids = idsOf(page.object().value(QStringLiteral("items")).toArray());
        QCOMPARE(ids.size(), std::min(37, total - offset));
        walked += ids;
    }
    QCOMPARE(walked.size(), total);
    QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), total);
    QCOMPARE(walked.mid(0, everyone.size()), everyone);

    // Past the end: no items, the same total.
    const auto beyond =
        m_h.http().get(usersPath(QStringLiteral("offset=%1").arg(total)), {}, helpdesk());
    VD_VERIFY_STATUS(beyond, 200);
    QCOMPARE(beyond.object().value(QStringLiteral("total")).toInt(), total);
    QVERIFY(beyond.object().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestServerDirectory::badQuery_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("limit 501") << QStringLiteral("limit=501") << QStringLiteral("limit");
    QTest::newRow("limit huge") << QStringLiteral("limit=99999999999") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-1") << QStringLiteral("limit");
    QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QStringLiteral("limit=") << QStringLiteral("limit");
    QTest::newRow("offset negative") << QStringLiteral("offset=-5") << QStringLiteral("offset");
    QTest::newRow("offset text") << QStringLiteral("q=doe&offset=x") << QStringLiteral("offset");
}

void TestServerDirectory::badQuery() {
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const auto reply = m_h.http().get(usersPath(query), {}, helpdesk());
    VD_VERIFY_ERROR(reply, 400, QStringLiteral("invalid_field"));
    QVERIFY2(reply.errorMessage().contains(parameter), qPrintable(reply.describe()));
}

void TestServerDirectory::userDetail_data() {
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QJsonObject>("token");
    const auto token = [](const char *serial, const char *type, bool push, bool device) {
        return QJsonObject{{QStringLiteral("serial"), QLatin1String(serial)},
                           {QStringLiteral("type"), QLatin1String(type)},
                           {QStringLiteral("state"), QStringLiteral("active")},
                           {QStringLiteral("pushEnabled"), push},
                           {QStringLiteral("deviceRegistered"), device}};
    };
    QTest::newRow("jdoe") << QStringLiteral("jdoe") << QStringLiteral("John")
                          << QStringLiteral("Doe")
                          << token("MP-1001", "mobilepass_plus", true, true);
    QTest::newRow("asmith") << QStringLiteral("asmith") << QStringLiteral("Alice")
                            << QStringLiteral("Smith")
                            << token("MP-1002", "mobilepass_plus", false, true);
    QTest::newRow("bwayne") << QStringLiteral("bwayne") << QStringLiteral("Bruce")
                            << QStringLiteral("Wayne")
                            << token("HW-2001", "hardware", false, false);
    QTest::newRow("cnodev") << QStringLiteral("cnodev") << QStringLiteral("Carol")
                            << QStringLiteral("Nodev")
                            << token("MP-1003", "mobilepass_plus", true, false);
}

void TestServerDirectory::userDetail() {
    QFETCH(QString, userId);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QJsonObject, token);
    // Viewing needs only view permission.
    const auto reply = m_h.http().get(QStringLiteral("/api/v1/users/") + userId, {},
                                      m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_STATUS(reply, 200);
    const QJsonObject user = reply.object();
    VD_VERIFY_KEYS(user, QStringLiteral("userId"), QStringLiteral("firstName"),
                   QStringLiteral("lastName"), QStringLiteral("email"),
                   QStringLiteral("authenticationMethods"));
    QCOMPARE(user.value(QStringLiteral("userId")).toString(), userId);
    QCOMPARE(user.value(QStringLiteral("firstName")).toString(), firstName);
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), lastName);
    QVERIFY(user.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
    const QJsonArray tokens = user.value(QStringLiteral("authenticationMethods")).toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().toObject(), token);
}

void TestServerDirectory::unknownUser() {
    VD_VERIFY_ERROR(m_h.http().get(QStringLiteral("/api/v1/users/nobody"), {}, helpdesk()), 404,
                    QStringLiteral("not_found"));
    VD_VERIFY_ERROR(m_h.http().get(QStringLiteral("/api/v1/users/JDOE"), {}, helpdesk()), 404,
                    QStringLiteral("not_found"));
}

QJsonObject TestServerDirectory::tokenOf(const QString &userId, const QString &serial) {
    const auto reply = m_h.http().get(QStringLiteral("/api/v1/users/") + userId, {}, helpdesk());
    for (const QJsonValue &v :
         reply.object().value(QStringLiteral("authenticationMethods")).toArray()) {
        if (v.toObject().value(QStringLiteral("serial")).toString() == serial)
            return v.toObject();
    }
    return {};
}

void TestServerDirectory::patchToken() {
    // A generated user's MobilePASS+ token (emp000000: push on, active, no device).
    const QString serial = QStringLiteral("MP-000000");
    const QJsonObject before = tokenOf(QStringLiteral("emp000000"), serial);
    QCOMPARE(before.value(QStringLiteral("pushEnabled")).toBool(), true);

    auto reply =
        m_h.http().patch(tokenPath(serial), {{QStringLiteral("pushEnabled"), false}}, helpdesk());
    VD_VERIFY_STATUS(reply, 200);
    QJsonObject expected = before;
    expected.insert(QStringLiteral("pushEnabled"), false);
    QCOMPARE(reply.object(), expected);

    reply = m_h.http().patch(tokenPath(serial),
                             {{QStringLiteral("state"), QStringLiteral("suspended")}}, helpdesk());
    VD_VERIFY_STATUS(reply, 200);
    expected.insert(QStringLiteral("state"), QStringLiteral("suspended"));
    QCOMPARE(reply.object(), expected);
    QCOMPARE(tokenOf(QStringLiteral("emp000000"), serial), expected);

    // Both at once, and unknown fields are ignored.
    reply = m_h.http().patch(tokenPath(serial),
                             {{QStringLiteral("state"), QStringLiteral("active")},
                              {QStringLiteral("pushEnabled"), true},
                              {QStringLiteral("colour"), QStringLiteral("blue")}},
                             helpdesk());
    VD_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.object(), before);
    QCOMPARE(tokenOf(QStringLiteral("emp000000"), serial), before);
}

void TestServerDirectory::patchNeedsEdit() {
    const QJsonObject before = tokenOf(QStringLiteral("jdoe"), QStringLiteral("MP-1001"));
    const auto reply = m_h.http().patch(tokenPath(QStringLiteral("MP-1001")),
                                        {{QStringLiteral("state"), QStringLiteral("revoked")}},
                                        m_h.bearer(QStringLiteral("auditor")));
    VD_VERIFY_ERROR(reply, 403, QStringLiteral("forbidden"));
    QCOMPARE(tokenOf(QStringLiteral("jdoe"), QStringLiteral("MP-1001")), before);
}

void TestServerDirectory::patchWrongTypes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("bearerOf");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("pushEnabled a string")
        << QByteArray(R"({"pushEnabled":"yes"})") << QStringLiteral("helpdesk")
        << QStringLiteral("invalid_field") << QStringLiteral("pushEnabled");
    QTest::newRow("pushEnabled a number")
        << QByteArray(R"({"pushEnabled":1})") << QStringLiteral("helpdesk")
        << QStringLiteral("invalid_field") << QStringLiteral("pushEnabled");
    QTest::newRow("state a number") << QByteArray(R"({"state":2})") << QStringLiteral("helpdesk")
                                    << QStringLiteral("invalid_field") << QStringLiteral("state");
    QTest::newRow("state unknown")
        << QByteArray(R"({"state":"paused"})") << QStringLiteral("helpdesk")
        << QStringLiteral("invalid_field") << QStringLiteral("state");
    QTest::newRow("state wrong case")
        << QByteArray(R"({"state":"Active"})") << QStringLiteral("helpdesk")
        << QStringLiteral("invalid_field") << QStringLiteral("state");
    QTest::newRow("body an array")
        << QByteArray(R"([{"state":"active"}])") << QStringLiteral("helpdesk")
        << QStringLiteral("invalid_json") << QString();
    QTest::newRow("malformed") << QByteArray(R"({"state":)") << QStringLiteral("helpdesk")
                               << QStringLiteral("invalid_json") << QString();
    // Request shape is checked before permission (API.md's order).
    QTest::newRow("auditor, wrong type")
        << QByteArray(R"({"pushEnabled":"no"})") << QStringLiteral("auditor")
        << QStringLiteral("invalid_field") << QStringLiteral("pushEnabled");
}

void TestServerDirectory::patchWrongTypes() {
    QFETCH(QByteArray, body);
    QFETCH(QString, bearerOf);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QJsonObject before = tokenOf(QStringLiteral("jdoe"), QStringLiteral("MP-1001"));
    const auto reply = m_h.http().request("PATCH", tokenPath(QStringLiteral("MP-1001")), body,
                                          "application/json", m_h.bearer(bearerOf));
    VD_VERIFY_ERROR(reply, 400, code);
    if (!field.isEmpty())
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.describe()));
    QCOMPARE(tokenOf(QStringLiteral("jdoe"), QStringLiteral("MP-1001")), before);
}

void TestServerDirectory::patchUnknownToken() {
    const auto reply = m_h.http().patch(tokenPath(QStringLiteral("MP-9999")),
                                        {{QStringLiteral("pushEnabled"), false}}, helpdesk());
    VD_VERIFY_ERROR(reply, 404, QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_server_directory.moc"
