// SPDX-License-Identifier: MIT
// Logging: the file exists, Qt categories reach it, and no secret ever does.
#include "apiclient.h"
#include "eventstream.h"
#include "fakeeventsocket.h"
#include "faketokenvault.h"
#include "faketransport.h"
#include "fixtures.h"
#include "logcategories.h"
#include "logging.h"
#include "session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using vd::app::ApiClient;
using vd::app::Logging;
using vd::app::Session;
using vd::test::FakeTokenVault;
using vd::test::FakeTransport;
using vd::test::Fixtures;

namespace {
constexpr int kWait = 5000;
const QString kPassword = QStringLiteral("Pa55-w0rd-never-logged");
const QString kToken = QStringLiteral("tok-SECRET-5f1c9a");
} // namespace

class TestLogging : public QObject {
    Q_OBJECT

    QString readLog() {
        Logging::flush();
        QFile f(Logging::logFilePath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void writesRotatingFile();
    void signInLeavesNoSecret_data();
    void signInLeavesNoSecret();
    void scrubsAccidents();
};

void TestLogging::writesRotatingFile() {
    QTemporaryDir dir;
    QVERIFY(Logging::init(false, dir.path()));
    QCOMPARE(Logging::logFilePath(), dir.filePath(QStringLiteral("verifydesk.log")));
    qCInfo(lcApi) << "hello from the api category";
    qCDebug(lcApi) << "debug is off without --verbose";
    const QString log = readLog();
    QVERIFY2(log.contains(QLatin1String("vd.api: hello from the api category")), qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("debug is off")));
    QCOMPARE(Logging::MaxFileSize, 1024 * 1024);
    QCOMPARE(Logging::MaxFiles, 3);
}

void TestLogging::signInLeavesNoSecret_data() {
    QTest::addColumn<bool>("verbose");
    QTest::newRow("normal") << false;
    QTest::newRow("verbose") << true;
}

void TestLogging::signInLeavesNoSecret() {
    QFETCH(bool, verbose);
    QTemporaryDir dir;
    QVERIFY(Logging::init(verbose, dir.path()));

    FakeTransport transport;
    ApiClient api(&transport);
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    FakeTokenVault vault;
    Session session(&api, &vault);
    transport.route("POST", QStringLiteral("/api/v1/session"),
                    FakeTransport::json(201, Fixtures::session(kToken).toJson()));
    transport.route("GET", QStringLiteral("/api/v1/users"),
                    FakeTransport::error(401, QStringLiteral("unauthenticated")));
    transport.route("DELETE", QStringLiteral("/api/v1/session"), FakeTransport::noContent());

    QSignalSpy in(&session, &Session::signedIn);
    session.signIn(QStringLiteral("helpdesk"), kPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(in.size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!vault.entries.isEmpty(), kWait);

    auto *socket = new vd::test::FakeEventSocket;
    vd::app::EventStream stream(socket);
    stream.start(api.serverUrl(), kToken.toUtf8());
    socket->failConnection();
    stream.stop();

    QSignalSpy expired(&session, &Session::sessionExpired);
    api.searchUsers(QStringLiteral("doe"), 0, 50, nullptr, {});
    QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, kWait);
    session.signIn(QStringLiteral("helpdesk"), kPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(in.size(), 2, kWait);
    QSignalSpy out(&session, &Session::signedOut);
    session.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWait);

    const QString log = readLog();
    QVERIFY2(log.contains(QLatin1String("POST /api/v1/session 201")), qPrintable(log));
    QVERIFY(log.contains(QLatin1String("signing in as helpdesk")));
    QVERIFY2(!log.contains(kPassword), "password in the log");
    QVERIFY2(!log.contains(kToken), "session token in the log");
    QVERIFY(!log.contains(QLatin1String("5f1c9a")));
}

void TestLogging::scrubsAccidents() {
    QTemporaryDir dir;
    QVERIFY(Logging::init(false, dir.path()));
    qInfo() << "Authorization: Bearer abc.def-123";
    qInfo().noquote() << R"({"username":"x","password":"hunter2","token":"t0k"})";
    const QString log = readLog();
    QVERIFY(!log.contains(QLatin1String("abc.def-123")));
    QVERIFY(!log.contains(QLatin1String("hunter2")));
    QVERIFY(!log.contains(QLatin1String("t0k")));
    QVERIFY(log.contains(QLatin1String("Bearer [redacted]")));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
