// SPDX-License-Identifier: MIT
// ConsoleFlow: sign-in dialog → main window → event stream with the session token; inline
// sign-in errors; expiry and sign-out back to sign-in; restore of a kept session.
#include "apiclient.h"
#include "consoleflow.h"
#include "eventstream.h"
#include "fakeclock.h"
#include "fakedirectory.h"
#include "fakeeventsocket.h"
#include "faketokenvault.h"
#include "fixtures.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session.h"
#include "settingsregistry.h"
#include "theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using vd::app::SettingsRegistry;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using vd::ui::ConsoleFlow;
using Key = SettingsRegistry::Key;

namespace {
constexpr int kWait = 10000;
const QString kServer = QStringLiteral("http://127.0.0.1:8470");

struct Rig {
    QTemporaryDir dir;
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    vd::test::FakeTokenVault vault;
    vd::app::Session session{&api, &vault};
    vd::test::FakeEventSocket *socket = new vd::test::FakeEventSocket;
    vd::app::EventStream events{socket};
    vd::test::FakeClock clock;
    std::unique_ptr<SettingsRegistry> settings;
    std::unique_ptr<ConsoleFlow> flow;

    explicit Rig(const QString &managedServer = {}) {
        if (!managedServer.isEmpty()) {
            QSettings system(systemPath(), QSettings::IniFormat);
            system.setValue(SettingsRegistry::definition(Key::ServerUrl).name, managedServer);
        }
        settings = std::make_unique<SettingsRegistry>(systemPath(), userPath());
        session.attachEventStream(&events);
        transport.route(
            "POST", QStringLiteral("/api/v1/session"),
            FakeTransport::json(201, Fixtures::session(QStringLiteral("tok-1")).toJson()));
        transport.route("GET", QStringLiteral("/api/v1/session"),
                        FakeTransport::json(200, Fixtures::session(QString()).toJson()));
        transport.route("DELETE", QStringLiteral("/api/v1/session"), FakeTransport::noContent());
        vd::test::FakeDirectory::install(transport, vd::test::FakeDirectory::people(5));
    }
    QString systemPath() const { return dir.filePath(QStringLiteral("system.conf")); }
    QString userPath() const { return dir.filePath(QStringLiteral("user.conf")); }

    void start(const QString &server = {}) {
        vd::ui::ConsoleContext c;
        c.api = &api;
        c.session = &session;
        c.events = &events;
        c.clock = &clock;
        c.settings = settings.get();
        ConsoleFlow::Options o;
        o.server = QUrl(server);
        flow = std::make_unique<ConsoleFlow>(c, o);
        flow->start();
    }
    bool submit() {
        vd::ui::LoginDialog *d = flow->loginDialog();
        if (!d || !d->isVisible())
            return false;
        d->usernameEdit()->setText(QStringLiteral("helpdesk"));
        d->passwordEdit()->setText(QStringLiteral("helpdesk"));
        QTest::mouseClick(d->signInButton(), Qt::LeftButton);
        return true;
    }
    bool signIn() {
        return submit() &&
               QTest::qWaitFor(
                   [this] { return flow->mainWindow() && flow->mainWindow()->isVisible(); }, kWait);
    }
};
} // namespace

class TestConsoleFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void signInOpensTheMainWindowAndTheEventStream() {
        Rig r;
        r.start(kServer);
        QVERIFY(r.flow->loginDialog()->isVisible());
        QCOMPARE(r.flow->loginDialog()->server(), kServer);
        QVERIFY(!r.flow->mainWindow());
        QVERIFY(r.signIn());
        QVERIFY(!r.flow->loginDialog()->isVisible());
        // The stream starts with the session's token, not with anything in the URL.
        QTRY_COMPARE_WITH_TIMEOUT(r.socket->openCount(), 1, kWait);
        const QNetworkRequest req = r.socket->requests().first();
        QCOMPARE(req.rawHeader("Authorization"), QByteArray("Bearer tok-1"));
        QVERIFY(!req.url().toString().contains(QStringLiteral("tok-1")));
        QCOMPARE(req.url().path(), QStringLiteral("/api/v1/events"));
        QCOMPARE(r.settings->lastUsername(), QStringLiteral("helpdesk"));
        QCOMPARE(r.settings->serverUrl(), QUrl(kServer));
    }

    void failedSignInIsShownInline() {
        Rig r;
        r.transport.route("POST", QStringLiteral("/api/v1/session"),
                          FakeTransport::error(401, QStringLiteral("invalid_credentials"),
                                               QStringLiteral("Wrong username or password")));
        r.start(kServer);
        QVERIFY(r.submit());
        vd::ui::LoginDialog *d = r.flow->loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(d->errorLabel()->isVisible(), kWait);
        QVERIFY(!d->errorLabel()->text().isEmpty());
        QVERIFY(d->signInButton()->isEnabled());
        QVERIFY(!r.flow->mainWindow());
    }

    void expiryGoesBackToSignIn() {
        Rig r;
        r.start(kServer);
        QVERIFY(r.signIn());
        QTRY_COMPARE_WITH_TIMEOUT(r.socket->openCount(), 1, kWait);
        r.socket->acceptConnection();
        r.transport.route("GET", QStringLiteral("/api/v1/session"),
                          FakeTransport::error(401, QStringLiteral("unauthenticated")));
        r.session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->loginDialog()->isVisible(), kWait);
        QVERIFY(!r.flow->mainWindow()->isVisible());
        QVERIFY(r.flow->loginDialog()->errorLabel()->text().contains(QStringLiteral("expired")));
        QVERIFY(!r.events.isStarted());
    }

    void signOutFromTheMenu() {
        Rig r;
        r.start(kServer);
        QVERIFY(r.signIn());
        QAction *signOut = nullptr;
        for (QAction *menu : r.flow->mainWindow()->menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Sign out"))
                    signOut = a;
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->loginDialog()->isVisible(), kWait);
        QVERIFY(!r.flow->mainWindow()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(r.transport.count("DELETE", QStringLiteral("/api/v1/session")), 1,
                                  kWait);
        QVERIFY(!r.events.isStarted());
        QVERIFY(r.flow->loginDialog()->errorLabel()->isHidden());
        // Signing in again works from the same dialog.
        QVERIFY(r.signIn());
    }

    void keptSessionIsRestoredWithoutTheDialog() {
        Rig r;
        r.settings->setValue(Key::ServerUrl, kServer);
        r.settings->setValue(Key::LastUsername, QStringLiteral("helpdesk"));
        r.settings->setValue(Key::KeepSignedIn, true);
        r.vault.entries.insert(
            vd::app::TokenVault::keyFor(QUrl(kServer), QStringLiteral("helpdesk")), "tok-kept");
        r.start();
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->mainWindow() && r.flow->mainWindow()->isVisible(), kWait);
        QVERIFY(!r.flow->loginDialog() || !r.flow->loginDialog()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(r.socket->openCount(), 1, kWait);
        QCOMPARE(r.socket->requests().first().rawHeader("Authorization"),
                 QByteArray("Bearer tok-kept"));
    }

    void failedRestoreShowsTheDialog() {
        Rig r;
        r.settings->setValue(Key::ServerUrl, kServer);
        r.settings->setValue(Key::LastUsername, QStringLiteral("helpdesk"));
        r.settings->setValue(Key::KeepSignedIn, true);
        r.start(); // nothing in the vault
        QTRY_VERIFY_WITH_TIMEOUT(r.flow->loginDialog() && r.flow->loginDialog()->isVisible(),
                                 kWait);
        QCOMPARE(r.flow->loginDialog()->username(), QStringLiteral("helpdesk"));
    }

    void managedServerIsLocked() {
        Rig r(QStringLiteral("https://verifydesk.corp.example"));
        r.start(kServer); // --server does not override what IT pinned
        QCOMPARE(r.flow->loginDialog()->server(),
                 QStringLiteral("https://verifydesk.corp.example"));
        QVERIFY(r.flow->loginDialog()->serverEdit()->isReadOnly());
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "tst_consoleflow.moc"
