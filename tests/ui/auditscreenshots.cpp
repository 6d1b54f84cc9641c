// SPDX-License-Identifier: MIT
// verifydesk-audit-screenshots: the audit trail and follow-up actions on real data. Starts
// verifydesk-server (--seed demo), lets the device simulator answer a set of verifications
// (approved, wrong number, denied, timed out, dispatch failed, cancelled, plain push, follow-up
// actions, policy changes) and saves PNGs of the real console widgets signed in to that
// server. Run by tests/ui/auditscreenshots.sh under xvfb-run.
#include "apiclient.h"
#include "audittableview.h"
#include "auditworkspace.h"
#include "authactivityview.h"
#include "authauditmodel.h"
#include "deviceprocess.h"
#include "eventstream.h"
#include "followupactionspanel.h"
#include "followupcontroller.h"
#include "mainwindow.h"
#include "managetokendialog.h"
#include "networktransport.h"
#include "operatoractivityview.h"
#include "operatorauditmodel.h"
#include "policypage.h"
#include "pushverificationpanel.h"
#include "serverprocess.h"
#include "session.h"
#include "systemclock.h"
#include "testhttp.h"
#include "theme.h"
#include "tokenlistmodel.h"
#include "userrecordwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <functional>
#include <memory>

using vd::test::DeviceProcess;
using vd::test::TestHttp;

namespace {

constexpr int WaitMs = 30000;

[[noreturn]] void die(const QString &why) {
    std::fprintf(stderr, "verifydesk-audit-screenshots: %s\n", qPrintable(why));
    std::exit(1);
}

void settle(int ms = 300) {
    for (int i = 0; i < ms / 20; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

void waitFor(const std::function<bool()> &ready, const QString &what) {
    if (!QTest::qWaitFor(ready, WaitMs))
        die(QStringLiteral("timed out waiting for %1").arg(what));
}

void save(QWidget *w, const QString &dir, const QString &name) {
    settle();
    const QString path = QDir(dir).filePath(name);
    if (!w->grab().save(path))
        die(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(path));
}

// A device simulator answering on stdin, as a caller would tap it.
class Phone {
public:
    Phone(const QUrl &server, const QString &serial, const QString &activationCode) {
        QStringList args{QStringLiteral("--server"), server.toString(), QStringLiteral("--serial"),
                         serial};
        if (!activationCode.isEmpty())
            args << QStringLiteral("--activation-code") << activationCode;
        if (!m_process.start(args))
            die(QStringLiteral("cannot start the device simulator"));
        if (!m_process
                 .waitForLine(QRegularExpression(QStringLiteral("waiting for requests")), WaitMs)
                 .hasMatch())
            die(QStringLiteral("the device simulator did not come up: %1")
                    .arg(QString::fromUtf8(m_process.readAllStderr())));
    }
    // Waits for the next prompt; its offered numbers (empty in plain mode).
    QStringList prompt() {
        const auto m = m_process.waitForLine(
            QRegularExpression(QStringLiteral("^prompt \\S+: .*?(?:\\(([0-9 ]+)\\))?[^(]*$")),
            WaitMs);
        if (!m.hasMatch())
            die(QStringLiteral("no push reached the device: %1 / %2")
                    .arg(m_process.lines().join(QLatin1Char('|')),
                         QString::fromUtf8(m_process.readAllStderr())));
        return m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    void answer(const QString &text) {
        m_process.write(QString(text + QLatin1Char('\n')).toUtf8());
        if (!m_process.waitForLine(QRegularExpression(QStringLiteral("^answered ")), WaitMs)
                 .hasMatch())
            die(QStringLiteral("the device did not answer"));
    }

private:
    DeviceProcess m_process;
};

// The demo data every screenshot shows, made through the API and answered on the device.
class Scenario {
public:
    explicit Scenario(const QUrl &server)
        : m_server(server)
        , m_http(server) {
        m_admin = m_http.signIn(QStringLiteral("admin"), QStringLiteral("admin"));
        m_helpdesk = m_http.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"));
        if (m_admin.isEmpty() || m_helpdesk.isEmpty())
            die(QStringLiteral("cannot sign in to the demo server"));
        m_jdoe = std::make_unique<Phone>(server, QStringLiteral("MP-1001"),
                                         m_http.activationCode(m_admin, QStringLiteral("MP-1001")));
    }
    Phone &jdoePhone() { return *m_jdoe; }

    void run() {
        const QString approved = verify(QStringLiteral("jdoe"), QStringLiteral("MP-1001"),
                                        QStringLiteral("INC-20431"), Answer::Right);
        action(QStringLiteral("MP-1001"), QStringLiteral("suspend"), approved);
        action(QStringLiteral("MP-1001"), QStringLiteral("resume"), approved);
        verify(QStringLiteral("jdoe"), QStringLiteral("MP-1001"),
               QStringLiteral("INC-20433, call-back"), Answer::Wrong);
        verify(QStringLiteral("jdoe"), QStringLiteral("MP-1001"), {}, Answer::Deny);
        verify(QStringLiteral("asmith"), QStringLiteral("MP-1002"), QStringLiteral("INC-20440"),
               Answer::None); // push off on the token: dispatch failed
        verify(QStringLiteral("cnodev"), QStringLiteral("MP-1003"), {}, Answer::None);
        m_cnodev =
            std::make_unique<Phone>(m_server, QStringLiteral("MP-1003"),
                                    m_http.activationCode(m_admin, QStringLiteral("MP-1003")));
        verify(QStringLiteral("cnodev"), QStringLiteral("MP-1003"), QStringLiteral("SR-88412"),
               Answer::Right, m_cnodev.get());
        const QString cancelled = start(QStringLiteral("jdoe"), QStringLiteral("MP-1001"), {});
        m_jdoe->prompt();
        m_http.del(QStringLiteral("/api/v1/verifications/") + cancelled, {}, m_helpdesk);
        // The caller taps late: the device learns the request is closed and moves on.
        m_jdoe->answer(QStringLiteral("d"));
        const QString timedOut =
            start(QStringLiteral("jdoe"), QStringLiteral("MP-1001"), QStringLiteral("INC-20447"));
        m_jdoe->prompt();
        waitFor([&] { return state(timedOut) == QLatin1String("timed_out"); },
                QStringLiteral("the server's timeout"));
        m_jdoe->answer(QStringLiteral("d"));
        policy({{QStringLiteral("numericChallengeEnabled"), false}});
        verify(QStringLiteral("jdoe"), QStringLiteral("MP-1001"), QStringLiteral("INC-20450"),
               Answer::Right);
        policy({{QStringLiteral("numericChallengeEnabled"), true},
                {QStringLiteral("followUpWindowMinutes"), 15}});
        verify(QStringLiteral("cnodev"), QStringLiteral("MP-1003"), QStringLiteral("INC-20455"),
               Answer::Right, m_cnodev.get());
        verify(QStringLiteral("jdoe"), QStringLiteral("MP-1001"), QStringLiteral("INC-20458"),
               Answer::Deny);
        verify(QStringLiteral("cnodev"), QStringLiteral("MP-1003"), QStringLiteral("INC-20460"),
               Answer::Wrong, m_cnodev.get());
    }

private:
    enum class Answer { Right, Wrong, Deny, None };

    QString start(const QString &user, const QString &serial, const QString &ticket) {
        QJsonObject body{{QStringLiteral("userId"), user}, {QStringLiteral("tokenSerial"), serial}};
        if (!ticket.isEmpty())
            body.insert(QStringLiteral("ticket"), ticket);
        const auto reply = m_http.post(QStringLiteral("/api/v1/verifications"), body, m_helpdesk);
        if (reply.status != 201)
            die(QStringLiteral("POST /api/v1/verifications: %1").arg(reply.describe()));
        m_number = reply.object().value(QStringLiteral("verificationNumber")).toString();
        return reply.object().value(QStringLiteral("id")).toString();
    }

    QString verify(const QString &user, const QString &serial, const QString &ticket, Answer answer,
                   Phone *phone = nullptr) {
        const QString id = start(user, serial, ticket);
        if (answer == Answer::None)
            return id;
        Phone &device = phone ? *phone : *m_jdoe;
        const QStringList offered = device.prompt();
        QString reply = QStringLiteral("d");
        if (answer == Answer::Right)
            reply = offered.isEmpty() ? QStringLiteral("a") : m_number;
        else if (answer == Answer::Wrong)
            reply = offered.first() == m_number ? offered.last() : offered.first();
        device.answer(reply);
        return id;
    }

    QString state(const QString &id) {
        return m_http.get(QStringLiteral("/api/v1/verifications/") + id, {}, m_helpdesk)
            .object()
            .value(QStringLiteral("state"))
            .toString();
    }

    void action(const QString &serial, const QString &what, const QString &verificationId) {
        const auto reply = m_http.post(
            QStringLiteral("/api/v1/tokens/%1/actions").arg(serial),
            {{QStringLiteral("action"), what}, {QStringLiteral("verificationId"), verificationId}},
            m_helpdesk);
        if (reply.status != 200)
            die(QStringLiteral("follow-up %1: %2").arg(what, reply.describe()));
    }

    void policy(const QJsonObject &patch) {
        const auto reply = m_http.put(QStringLiteral("/api/v1/policy"), patch, m_admin);
        if (reply.status != 200)
            die(QStringLiteral("PUT /api/v1/policy: %1").arg(reply.describe()));
    }

    QUrl m_server;
    TestHttp m_http;
    QByteArray m_admin;
    QByteArray m_helpdesk;
    QString m_number;
    std::unique_ptr<Phone> m_jdoe;
    std::unique_ptr<Phone> m_cnodev;
};

// The real console, signed in to the demo server.
struct Console {
    vd::app::NetworkTransport transport;
    vd::app::ApiClient api{&transport};
    vd::app::Session session{&api, nullptr};
    vd::app::EventStream events;
    std::unique_ptr<vd::ui::MainWindow> window;

    Console(const QUrl &server, const QString &username, const QSize &size) {
        api.setServerUrl(server);
        session.attachEventStream(&events);
        session.signIn(username, username, false);
        waitFor([this] { return session.isSignedIn(); }, QStringLiteral("sign-in"));
        vd::ui::ConsoleContext c;
        c.api = &api;
        c.session = &session;
        c.events = &events;
        c.clock = &vd::app::SystemClock::instance();
        window = std::make_unique<vd::ui::MainWindow>(c);
        window->resize(size);
        window->show();
        waitFor([this] { return events.isConnected(); }, QStringLiteral("the event stream"));
    }
    ~Console() { window->closeRecords(); }
    vd::ui::AuditWorkspace *audit() const { return window->auditWorkspace(); }
};

QSize parseSize(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize(1366, 728);
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("VerifyDesk"));
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    const QCommandLineOption size(QStringLiteral("window-size"), QStringLiteral("WxH."),
                                  QStringLiteral("SIZE"), QStringLiteral("1366x728"));
    parser.addOptions({out, size});
    parser.addHelpOption();
    parser.process(app);
    const QString dir = parser.value(out);
    QDir().mkpath(dir);
    const QSize windowSize = parseSize(parser.value(size));
    vd::ui::Theme::apply(app);

    vd::test::ServerProcess server;
    if (!server.start({QStringLiteral("--verification-timeout"), QStringLiteral("6")}))
        die(server.errorString());
    Scenario scenario(server.baseUrl());
    scenario.run();

    {
        Console helpdesk(server.baseUrl(), QStringLiteral("helpdesk"), windowSize);
        vd::ui::AuthActivityView *auth = helpdesk.audit()->openAuthenticationActivity();
        waitFor([auth] { return auth->model()->rowCount() > 0 && !auth->model()->isLoading(); },
                QStringLiteral("Authentication Activity"));
        auth->tableView()->table()->selectRow(1);
        save(helpdesk.window.get(), dir, QStringLiteral("auth-activity.png"));

        vd::ui::OperatorActivityView *ops = helpdesk.audit()->openOperatorActivity();
        vd::app::OperatorAuditModel *model = ops->model();
        waitFor([model] { return model->rowCount() > 0 && !model->isLoading(); },
                QStringLiteral("Operator Activity"));
        // The outcome of the approval that two follow-up actions name.
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto &e = model->entryAt(row);
            if (e.outcome == QLatin1String("approved") && e.ticket == QLatin1String("INC-20431")) {
                QTableView *table = ops->tableView()->table();
                table->selectRow(row);
                table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
            }
        }
        waitFor([ops] { return ops->trailModel()->rowCount() >= 4; },
                QStringLiteral("the verification trail"));
        settle();
        // Once the trail has its room: the selected entry in the middle of the log.
        QTableView *table = ops->tableView()->table();
        table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
        save(helpdesk.window.get(), dir, QStringLiteral("operator-activity.png"));

        vd::protocol::User jdoe;
        jdoe.userId = QStringLiteral("jdoe");
        jdoe.firstName = QStringLiteral("John");
        jdoe.lastName = QStringLiteral("Doe");
        vd::ui::UserRecordWidget *record = helpdesk.window->openUser(jdoe);
        auto *activity = record->findChild<vd::ui::AuthActivityView *>();
        waitFor(
            [record, activity] {
                return record->tokenModel()->rowCount() > 0 && activity->model()->rowCount() > 0;
            },
            QStringLiteral("the user record"));
        save(helpdesk.window.get(), dir, QStringLiteral("user-record-activity.png"));

        const int row = record->tokenModel()->rowOfSerial(QStringLiteral("MP-1001"));
        vd::ui::ManageTokenDialog *dialog =
            helpdesk.window->manageToken(jdoe, record->tokenModel()->tokenAt(row));
        waitFor([dialog] { return dialog->sendPushButton()->isEnabled(); },
                QStringLiteral("Send Push"));
        dialog->ticketEdit()->setText(QStringLiteral("INC-20512"));
        QTest::mouseClick(dialog->sendPushButton(), Qt::LeftButton);
        vd::app::VerificationController *controller = dialog->panel()->controller();
        waitFor([controller] { return !controller->verificationNumber().isEmpty(); },
                QStringLiteral("the verification number"));
        scenario.jdoePhone().prompt();
        scenario.jdoePhone().answer(controller->verificationNumber());
        auto *followUp = dialog->findChild<vd::ui::FollowUpActionsPanel *>();
        waitFor([followUp] { return followUp->controller()->isUnlocked(); },
                QStringLiteral("the follow-up actions"));
        save(dialog, dir, QStringLiteral("followup-unlocked.png"));
    }
    {
        Console admin(server.baseUrl(), QStringLiteral("admin"), windowSize);
        vd::ui::PolicyPage *policy = admin.audit()->openPolicy();
        waitFor(
            [policy] { return policy->editor()->isLoaded(vd::app::PolicyEditor::Part::Policy); },
            QStringLiteral("the policy"));
        save(admin.window.get(), dir, QStringLiteral("policy.png"));
    }
    server.stop();
    return 0;
}
