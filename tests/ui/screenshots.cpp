// SPDX-License-Identifier: MIT
// verifydesk-screenshots: builds each console screen in a given state on fake data and saves
// QWidget::grab() PNGs (docs/screenshots). Run by tests/ui/screenshots.sh under xvfb-run.
#include "assignmentpage.h"
#include "eventstream.h"
#include "fakedirectory.h"
#include "fakeeventsocket.h"
#include "fixtures.h"
#include "glyphiconengine.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "managetokendialog.h"
#include "networktransport.h"
#include "panelrig.h"
#include "pushverificationpanel.h"
#include "session.h"
#include "systemclock.h"
#include "theme.h"
#include "tokenlistmodel.h"
#include "userrecordwidget.h"
#include "usersearchmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <functional>

using vd::test::FakeTransport;
using vd::test::Fixtures;
using vd::test::PanelRig;
using VS = vd::wire::VerificationState;

namespace {

const QUrl kServer(QStringLiteral("https://verifydesk.acme.example"));

// Session, API and event stream on fakes that answer like the demo server.
struct World {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    vd::app::Session session{&api, nullptr};
    vd::test::FakeEventSocket *socket = new vd::test::FakeEventSocket;
    vd::app::EventStream events{socket};
    vd::test::FakeClock clock;
    QList<vd::protocol::User> users = vd::test::FakeDirectory::people();
    bool ready = false;

    World() {
        api.setServerUrl(kServer);
        transport.route("POST", QStringLiteral("/api/v1/session"),
                        FakeTransport::json(201, Fixtures::session(QStringLiteral("t")).toJson()));
        vd::test::FakeDirectory::install(transport, users);
        session.signIn(QStringLiteral("helpdesk"), QStringLiteral("x"), false);
        ready = QTest::qWaitFor([this] { return session.isSignedIn(); }, 5000);
        events.start(kServer, "t");
        socket->acceptConnection();
    }

    vd::ui::ConsoleContext context() {
        vd::ui::ConsoleContext c;
        c.api = &api;
        c.session = &session;
        c.events = &events;
        c.clock = &clock;
        return c;
    }
};

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

bool save(QWidget *w, const QString &dir, const QString &name) {
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The whole operator workflow through the real console wiring and widgets.
bool runLive(const QUrl &server, const QString &dir) {
    vd::app::NetworkTransport network;
    vd::app::ApiClient api(&network);
    api.setServerUrl(server);
    vd::app::Session session(&api, nullptr);
    vd::app::EventStream events;
    session.attachEventStream(&events);
    const auto fail = [](const char *what) {
        std::fprintf(stderr, "live: %s\n", what);
        return false;
    };
    session.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"), false);
    if (!QTest::qWaitFor([&] { return session.isSignedIn(); }, 10000))
        return fail("sign-in failed");
    vd::ui::ConsoleContext c;
    c.api = &api;
    c.session = &session;
    c.events = &events;
    c.clock = &vd::app::SystemClock::instance();
    vd::ui::MainWindow w(c);
    w.resize(1280, 720);
    w.show();
    if (!QTest::qWaitFor([&] { return events.isConnected(); }, 10000))
        return fail("event stream did not connect");
    w.updateConnection();
    QLineEdit *search = w.assignmentPage()->searchField();
    QTest::keyClicks(search, QStringLiteral("jdoe"));
    QTest::keyClick(search, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return w.searchModel()->rowCount() == 1; }, 10000))
        return fail("search found no jdoe");
    QTableView *users = w.assignmentPage()->usersTable();
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {},
                      users->visualRect(w.searchModel()->index(0, 0)).center());
    vd::ui::UserRecordWidget *record = w.userRecord(QStringLiteral("jdoe"));
    if (!record || !QTest::qWaitFor([&] { return record->tokenModel()->rowCount() > 0; }, 10000))
        return fail("user record did not load");
    record->tokensTable()->selectRow(record->tokenModel()->rowOfSerial(QStringLiteral("MP-1001")));
    QTest::mouseClick(record->manageButton(), Qt::LeftButton);
    vd::ui::ManageTokenDialog *dialog = w.manageDialog(QStringLiteral("MP-1001"));
    if (!dialog || !QTest::qWaitFor([&] { return dialog->isVisible(); }, 10000))
        return fail("Manage dialog did not open");
    if (!dialog->sendPushButton()->isVisible() || !dialog->sendPushButton()->isEnabled())
        return fail("Send Push is not available");
    QTest::mouseClick(dialog->sendPushButton(), Qt::LeftButton);
    vd::app::VerificationController *controller = dialog->panel()->controller();
    using State = vd::app::VerificationController::State;
    if (!QTest::qWaitFor([&] { return controller->state() == State::Waiting; }, 10000))
        return fail("the push was not sent");
    std::fprintf(stderr, "live: waiting, number \"%s\", %s\n",
                 qPrintable(controller->verificationNumber()),
                 qPrintable(controller->countdownText()));
    save(dialog, dir, QStringLiteral("live-waiting"));
    if (!QTest::qWaitFor([&] { return controller->state() == State::Result; }, 60000))
        return fail("no result within 60 s");
    std::fprintf(stderr, "live: result \"%s\"\n", qPrintable(controller->resultText()));
    return save(dialog, dir, QStringLiteral("live-result"));
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("verifydesk-screenshots"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    vd::ui::Theme::apply(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output directory."),
                           QStringLiteral("DIR"), QStringLiteral("."));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Comma-separated shots."),
                            QStringLiteral("NAMES"));
    QCommandLineOption suffix(QStringLiteral("suffix"), QStringLiteral("Appended to names."),
                              QStringLiteral("TEXT"));
    QCommandLineOption size(QStringLiteral("window-size"),
                            QStringLiteral("Main window size WxH (logical pixels)."),
                            QStringLiteral("WxH"), QStringLiteral("1280x720"));
    QCommandLineOption icons(QStringLiteral("icons"),
                             QStringLiteral("Also render the application icon PNGs into DIR."),
                             QStringLiteral("DIR"));
    QCommandLineOption live(QStringLiteral("live"),
                            QStringLiteral("Drive the real widgets against a running server: sign "
                                           "in as helpdesk, open jdoe, Manage MP-1001, Send Push, "
                                           "wait for the result and save live-result.png."),
                            QStringLiteral("URL"));
    QCommandLineOption scheme(QStringLiteral("scheme"),
                              QStringLiteral("Colour scheme: light, dark or high-contrast "
                                             "(default: the platform's)."),
                              QStringLiteral("NAME"));
    parser.addOptions({out, only, suffix, size, icons, live, scheme});
    parser.process(app);
    if (parser.value(scheme) == QLatin1String("dark"))
        vd::ui::Theme::apply(app, vd::ui::Scheme::Dark);
    else if (parser.value(scheme) == QLatin1String("high-contrast"))
        vd::ui::Theme::apply(app, vd::ui::Scheme::HighContrast);
    else if (parser.value(scheme) == QLatin1String("light"))
        vd::ui::Theme::apply(app, vd::ui::Scheme::Light);
    if (parser.isSet(live))
        return runLive(QUrl(parser.value(live)), parser.value(out)) ? 0 : 1;
    if (parser.isSet(icons)) {
        // resources/icons/verifydesk-N.png come from the same vector code as the window icon.
        const QDir iconDir(parser.value(icons));
        for (int side : {16, 24, 32, 48, 64, 128, 256}) {
            const QString path = iconDir.filePath(QStringLiteral("verifydesk-%1.png").arg(side));
            const QPixmap pm =
                vd::ui::GlyphIconEngine::icon(vd::ui::Glyph::App).pixmap(QSize(side, side), 1.0);
            if (!pm.save(path))
                return 1;
            std::fprintf(stderr, "wrote %s\n", qPrintable(path));
        }
        return 0;
    }
    const QString dir = parser.value(out);
    QDir().mkpath(dir);
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(wh.value(0).toInt(), wh.value(1).toInt());
    const QString sfx = parser.value(suffix);

    bool ok = true;
    const auto shot = [&](const QString &name, const std::function<bool(const QString &)> &make) {
        if (wanted.isEmpty() || wanted.contains(name))
            ok = make(name + sfx) && ok;
    };

    shot(QStringLiteral("sign-in"), [&](const QString &name) {
        vd::ui::LoginDialog d;
        d.setServer(kServer.toString());
        d.setUsername(QStringLiteral("helpdesk"));
        d.show();
        d.passwordEdit()->setFocus();
        return save(&d, dir, name);
    });

    shot(QStringLiteral("sign-in-error"), [&](const QString &name) {
        vd::ui::LoginDialog d;
        d.setServer(kServer.toString());
        d.setUsername(QStringLiteral("helpdesk"));
        d.setKeepSignedInAllowed(false);
        d.show();
        d.showError(QStringLiteral("The username or password is not correct."));
        return save(&d, dir, name);
    });

    shot(QStringLiteral("search"), [&](const QString &name) {
        World world;
        vd::ui::MainWindow w(world.context());
        w.resize(windowSize);
        w.show();
        QLineEdit *search = w.assignmentPage()->searchField();
        search->setText(QStringLiteral("an"));
        w.searchModel()->searchNow(QStringLiteral("an"));
        const bool found = QTest::qWaitFor([&] { return w.searchModel()->rowCount() > 0; }, 5000);
        w.assignmentPage()->usersTable()->selectRow(2);
        w.assignmentPage()->usersTable()->setFocus();
        return world.ready && found && save(&w, dir, name);
    });

    shot(QStringLiteral("user-record"), [&](const QString &name) {
        World world;
        vd::ui::MainWindow w(world.context());
        w.resize(windowSize);
        w.show();
        vd::ui::UserRecordWidget *r = w.openUser(world.users.first());
        const bool loaded = QTest::qWaitFor([&] { return r->tokenModel()->rowCount() > 0; }, 5000);
        return world.ready && loaded && save(&w, dir, name);
    });

    const auto manage = [&](const QString &name, const std::function<bool(PanelRig &)> &state,
                            vd::wire::Permission permission = vd::wire::Permission::Edit) {
        PanelRig rig;
        const vd::protocol::User user = vd::test::FakeDirectory::people(0).first();
        vd::ui::ManageTokenDialog d(user, Fixtures::token(QStringLiteral("MP-1001")),
                                    &rig.controller);
        const vd::protocol::SessionInfo s =
            Fixtures::session(QString(), permission, /*pushFeature=*/true);
        d.setAccess(s.account, s.operatorInfo.permissions);
        d.show();
        if (state && !state(rig)) {
            std::fprintf(stderr, "FAILED to reach the state of %s\n", qPrintable(name));
            return false;
        }
        return save(&d, dir, name);
    };

    shot(QStringLiteral("manage"), [&](const QString &n) { return manage(n, {}); });
    shot(QStringLiteral("manage-view-only"),
         [&](const QString &n) { return manage(n, {}, vd::wire::Permission::View); });
    shot(QStringLiteral("panel-sending"),
         [&](const QString &n) { return manage(n, [](PanelRig &r) { return r.sendHeld(); }); });
    shot(QStringLiteral("panel-numeric"), [&](const QString &n) {
        return manage(n, [](PanelRig &r) {
            const bool reached = r.sendNumeric(QStringLiteral("47"));
            r.clock.advance(std::chrono::seconds(6));
            return reached &&
                   QTest::qWaitFor(
                       [&] { return r.controller.countdownText() == QStringLiteral("1:54"); },
                       5000);
        });
    });
    shot(QStringLiteral("panel-plain"),
         [&](const QString &n) { return manage(n, [](PanelRig &r) { return r.sendPlain(); }); });
    const auto outcome = [&](VS state) {
        return [state](PanelRig &r) {
            return r.sendNumeric() && r.finish(state);
        };
    };
    shot(QStringLiteral("panel-approved"),
         [&](const QString &n) { return manage(n, outcome(VS::Approved)); });
    shot(QStringLiteral("panel-wrong-number"),
         [&](const QString &n) { return manage(n, outcome(VS::WrongNumber)); });
    shot(QStringLiteral("panel-denied"),
         [&](const QString &n) { return manage(n, outcome(VS::Denied)); });
    shot(QStringLiteral("panel-timed-out"),
         [&](const QString &n) { return manage(n, outcome(VS::TimedOut)); });
    shot(QStringLiteral("panel-dispatch-failed"), [&](const QString &n) {
        return manage(n, [](PanelRig &r) { return r.sendDispatchFailed(); });
    });
    shot(QStringLiteral("panel-reconnecting"), [&](const QString &n) {
        return manage(n, [](PanelRig &r) { return r.sendNumeric() && r.loseConnection(); });
    });
    shot(QStringLiteral("panel-error"), [&](const QString &n) {
        return manage(n, [](PanelRig &r) {
            return r.failToSend(409, QStringLiteral("verification_pending"),
                                QStringLiteral("A verification is already pending for this "
                                               "token."));
        });
    });

    return ok ? 0 : 1;
}
