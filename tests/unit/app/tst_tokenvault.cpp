// SPDX-License-Identifier: MIT
// TokenVault against the real keychain: round trip through a fresh vault (the next start),
// wipe on sign-out; and, without any D-Bus session, the clear message and no file at all.
#include "tokenvault.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using vd::app::TokenVault;

namespace {
constexpr int kWait = 20000; // a keyring daemon that starts on first use can be slow
const QUrl kServer(QStringLiteral("http://127.0.0.1:8470"));

TokenVault::Result run(const std::function<void(TokenVault &, TokenVault::Callback)> &op) {
    TokenVault vault; // a fresh instance each time, like a new process
    std::optional<TokenVault::Result> result;
    op(vault, [&result](const TokenVault::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
        return {false, false, {}, QStringLiteral("keychain call did not finish")};
    return *result;
}

bool secretsServiceAnswers() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    auto bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
}
} // namespace

class TestTokenVault : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeRestoreWipe();
    void noKeychainAvailable();

private:
    QTemporaryDir m_home;
    QString m_user;
};

void TestTokenVault::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("VerifyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("verifydesk"));
    // A unique operator per run so a leftover entry from an aborted run cannot pass the test.
    m_user = QStringLiteral("vault-test-%1").arg(QCoreApplication::applicationPid());
    // Settings land in this empty home: anything written there is a plain-text fallback.
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
}

void TestTokenVault::storeRestoreWipe() {
    if (!secretsServiceAnswers())
        QSKIP("No D-Bus session with a Secret Service (org.freedesktop.secrets): run through the "
              "tst_tokenvault_keyring CTest entry, which starts dbus-run-session and "
              "gnome-keyring-daemon.");
    const QByteArray token = "vault-token-0123456789";
    auto r = run([&](TokenVault &v, TokenVault::Callback cb) {
        v.store(kServer, m_user, token, nullptr, cb);
    });
    QVERIFY2(r.ok, qPrintable(r.message));

    // The next start: a new vault finds the token.
    r = run(
        [&](TokenVault &v, TokenVault::Callback cb) { v.restore(kServer, m_user, nullptr, cb); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.token, token);

    // Another server or operator is another entry.
    r = run([&](TokenVault &v, TokenVault::Callback cb) {
        v.restore(QUrl(QStringLiteral("http://127.0.0.1:9999")), m_user, nullptr, cb);
    });
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);

    // Sign-out wipes it; wiping twice is fine.
    r = run([&](TokenVault &v, TokenVault::Callback cb) { v.wipe(kServer, m_user, nullptr, cb); });
    QVERIFY2(r.ok, qPrintable(r.message));
    r = run(
        [&](TokenVault &v, TokenVault::Callback cb) { v.restore(kServer, m_user, nullptr, cb); });
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY(r.token.isEmpty());
    r = run([&](TokenVault &v, TokenVault::Callback cb) { v.wipe(kServer, m_user, nullptr, cb); });
    QVERIFY(r.ok);
}

void TestTokenVault::noKeychainAvailable() {
    if (QDBusConnection::sessionBus().isConnected())
        QSKIP("A D-Bus session is reachable: the no-keychain case runs in the "
              "tst_tokenvault_nokeychain CTest entry (dead DBUS_SESSION_BUS_ADDRESS).");
    auto r = run([&](TokenVault &v, TokenVault::Callback cb) {
        v.store(kServer, m_user, "must-not-be-written", nullptr, cb);
    });
    QVERIFY(!r.ok);
    QCOMPARE(r.message, QStringLiteral("No system keychain is available, so you will need to "
                                       "sign in next time."));
    r = run(
        [&](TokenVault &v, TokenVault::Callback cb) { v.restore(kServer, m_user, nullptr, cb); });
    QVERIFY(!r.ok);
    QVERIFY(r.token.isEmpty());

    // No plain-text fallback: not in QSettings, not in any file under the test home.
    QSettings fallback;
    QVERIFY2(fallback.allKeys().isEmpty(), qPrintable(fallback.fileName()));
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
