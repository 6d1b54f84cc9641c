// SPDX-License-Identifier: MIT
// Accessibility: every window's widget tree (sign-in, main window, user record, Manage dialog
// in each panel state, audit views, policy and account pages, idle warning) has no unnamed
// interactive control; API.md's names are kept; a result is announced; Tab walks the sign-in
// and Manage dialogs in reading order.
#include "announcer.h"
#include "auditworkspace.h"
#include "fakeauditlog.h"
#include "fakedirectory.h"
#include "fixtures.h"
#include "flowrig.h"
#include "idlewarning.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "managetokendialog.h"
#include "panelrig.h"
#include "pushverificationpanel.h"
#include "theme.h"
#include "userrecordwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <functional>

using vd::test::PanelRig;
using VS = vd::wire::VerificationState;
using PanelStep = std::function<bool(PanelRig &)>;

Q_DECLARE_METATYPE(PanelStep)

namespace {

bool isInteractive(const QWidget *w) {
    if (qobject_cast<const QHeaderView *>(w))
        return false; // part of its table, named by the table
    if (w->parentWidget() && (qobject_cast<const QComboBox *>(w->parentWidget()) ||
                              qobject_cast<const QAbstractSpinBox *>(w->parentWidget())))
        return false; // an editable combo's or a spin box's own line edit, named by its owner
    if (const auto *tool = qobject_cast<const QToolButton *>(w)) {
        // Qt's own clear button of a line edit: Qt names it, and it is not ours to name.
        if (tool->defaultAction() &&
            tool->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w);
}

QString nameOf(const QWidget *w, const QWidget *root) {
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (const auto *b = qobject_cast<const QAbstractButton *>(w)) {
        QString text = b->text();
        text.remove(QLatin1Char('&'));
        if (!text.trimmed().isEmpty())
            return text;
    }
    // A form label with this control as buddy is what screen readers read for it.
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

// Every visible interactive control without a name, as "Class objectName" for the message.
QStringList unnamed(const QWidget *root) {
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !isInteractive(w))
            continue;
        if (nameOf(w, root).isEmpty())
            out << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                       w->objectName();
    }
    return out;
}

QStringList names(const QWidget *root) {
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>())
        out << w->accessibleName();
    return out;
}

vd::protocol::Token pushToken() {
    return vd::test::Fixtures::token(QStringLiteral("MP-1001"));
}

vd::protocol::User john() {
    return vd::test::FakeDirectory::people(1).first(); // jdoe, John Doe
}

struct Manage {
    PanelRig rig;
    vd::ui::ManageTokenDialog dialog{john(), pushToken(), &rig.controller};
    Manage() {
        vd::protocol::Account account;
        account.name = QStringLiteral("Acme Corp");
        account.helpdeskPushVerification = true;
        vd::protocol::Permissions permissions;
        permissions.authenticationMethods = vd::wire::Permission::Edit;
        dialog.setAccess(account, permissions);
        dialog.show();
    }
};

QList<QWidget *> tabChain(QWidget *start, int steps) {
    QList<QWidget *> chain{start};
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < steps; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break; // the chain is short; the caller's size check says so
        QTest::keyClick(focus, Qt::Key_Tab);
        chain << QApplication::focusWidget();
    }
    return chain;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void theCheckFindsAnUnnamedControl() {
        QWidget root;
        auto *named = new QLineEdit(&root);
        named->setAccessibleName(QStringLiteral("Named"));
        auto *nameless = new QToolButton(&root);
        nameless->setObjectName(QStringLiteral("nameless"));
        root.show();
        QCOMPARE(unnamed(&root), QStringList{QStringLiteral("QToolButton nameless")});
    }

    void signInDialog() {
        vd::ui::LoginDialog d;
        d.show();
        QVERIFY2(unnamed(&d).isEmpty(), qPrintable(unnamed(&d).join(QLatin1String(", "))));
        const QStringList n = names(&d);
        for (const char *expected : {"Server", "Username", "Password", "Sign in"})
            QVERIFY2(n.contains(QString::fromLatin1(expected)), expected);
    }

    void signInTabOrder() {
        vd::ui::LoginDialog d;
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        d.serverEdit()->setText(QStringLiteral("https://vd.example"));
        d.usernameEdit()->setText(QStringLiteral("helpdesk"));
        d.passwordEdit()->setText(QStringLiteral("x"));
        const QList<QWidget *> chain = tabChain(d.serverEdit(), 5);
        const QList<QWidget *> expected{d.serverEdit(),      d.usernameEdit(), d.passwordEdit(),
                                        d.keepSignedInBox(), d.signInButton(), d.quitButton()};
        QCOMPARE(chain, expected);
    }

    void mainWindowAndUserRecord() {
        vd::test::FlowRig r;
        r.start();
        QVERIFY(r.signIn());
        vd::ui::MainWindow *w = r.flow->mainWindow();
        QVERIFY2(unnamed(w).isEmpty(), qPrintable(unnamed(w).join(QLatin1String(", "))));
        const QStringList n = names(w);
        for (const char *expected : {"Search users", "Users"})
            QVERIFY2(n.contains(QString::fromLatin1(expected)), expected);

        const auto people = vd::test::FakeDirectory::people(5);
        vd::ui::UserRecordWidget *record = w->openUser(people.first());
        QVERIFY(record);
        QTRY_VERIFY_WITH_TIMEOUT(record->isVisible(), PanelRig::WaitMs);
        QVERIFY2(unnamed(w).isEmpty(), qPrintable(unnamed(w).join(QLatin1String(", "))));
        QVERIFY(names(record).contains(QStringLiteral("Authentication methods")));
        QVERIFY(names(record).contains(QStringLiteral("Manage")));
    }

    void auditViewsAndSettingsPages_data() {
        QTest::addColumn<QString>("page");
        for (const char *page : {"authentication activity", "operator activity", "policy",
                                 "account", "manage dialog with follow-up actions"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }
    void auditViewsAndSettingsPages() {
        QFETCH(QString, page);
        vd::test::FlowRig r;
        vd::test::FakeAuditLog log;
        log.install(r.transport);
        log.addAuthentication(3, QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC),
                              {QStringLiteral("jdoe")});
        const auto info = vd::test::Fixtures::session(QStringLiteral("tok-1"));
        r.transport.route("GET", QStringLiteral("/api/v1/policy"),
                          vd::test::FakeTransport::json(200, info.policy.toJson()));
        r.transport.route("GET", QStringLiteral("/api/v1/account"),
                          vd::test::FakeTransport::json(200, info.account.toJson()));
        r.start();
        QVERIFY(r.signIn());
        vd::ui::MainWindow *w = r.flow->mainWindow();
        vd::ui::AuditWorkspace *audit = w->auditWorkspace();
        QWidget *root = nullptr;
        if (page == QLatin1String("authentication activity"))
            root = audit->openAuthenticationActivity();
        else if (page == QLatin1String("operator activity"))
            root = audit->openOperatorActivity();
        else if (page == QLatin1String("policy"))
            root = audit->openPolicy();
        else if (page == QLatin1String("account"))
            root = audit->openAccount();
        else
            root = w->manageToken(john(), pushToken());
        QVERIFY(root);
        QTRY_VERIFY_WITH_TIMEOUT(root->isVisible(), PanelRig::WaitMs);
        QTest::qWait(50); // let the first page of entries arrive and fill the view
        QVERIFY2(unnamed(root).isEmpty(), qPrintable(unnamed(root).join(QLatin1String(", "))));
        // The page's tab (and its close button) sits in the main window.
        QVERIFY2(unnamed(w).isEmpty(), qPrintable(unnamed(w).join(QLatin1String(", "))));
        r.flow.reset(); // before the audit log its routes answer from
    }

    void manageDialogInEveryPanelState_data() {
        QTest::addColumn<PanelStep>("step");
        QTest::newRow("idle") << PanelStep([](PanelRig &) { return true; });
        QTest::newRow("sending") << PanelStep([](PanelRig &p) { return p.sendHeld(); });
        QTest::newRow("waiting numeric") << PanelStep([](PanelRig &p) { return p.sendNumeric(); });
        QTest::newRow("waiting plain") << PanelStep([](PanelRig &p) { return p.sendPlain(); });
        QTest::newRow("reconnecting")
            << PanelStep([](PanelRig &p) { return p.sendNumeric() && p.loseConnection(); });
        QTest::newRow("dispatch failed")
            << PanelStep([](PanelRig &p) { return p.sendDispatchFailed(); });
        for (VS outcome : {VS::Approved, VS::Denied, VS::WrongNumber, VS::TimedOut}) {
            QTest::newRow(qPrintable(vd::wire::toWire(outcome))) << PanelStep(
                [outcome](PanelRig &p) { return p.sendNumeric() && p.finish(outcome); });
        }
        QTest::newRow("error") << PanelStep([](PanelRig &p) {
            return p.failToSend(500, QStringLiteral("internal"), QStringLiteral("Server error"));
        });
    }
    void manageDialogInEveryPanelState() {
        QFETCH(PanelStep, step);
        Manage m;
        QVERIFY(step(m.rig));
        QVERIFY2(unnamed(&m.dialog).isEmpty(),
                 qPrintable(unnamed(&m.dialog).join(QLatin1String(", "))));
        const QStringList n = names(&m.dialog);
        for (const char *expected :
             {"Send Push", "Push Verification", "Verification result", "Cancel verification"})
            QVERIFY2(n.contains(QString::fromLatin1(expected)), expected);
    }

    void manageTabOrder() {
        Manage m;
        m.dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m.dialog));
        // Idle: ticket → Send Push → Close.
        QList<QWidget *> chain = tabChain(m.dialog.ticketEdit(), 2);
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(1), static_cast<QWidget *>(m.dialog.sendPushButton()));
        auto *close = qobject_cast<QPushButton *>(chain.at(2));
        QVERIFY(close);
        QCOMPARE(close->text().remove(QLatin1Char('&')), QStringLiteral("Close"));
        // Waiting: the ✕ comes before Close, so Esc's twin is one Tab away.
        QVERIFY(m.rig.sendNumeric());
        QVERIFY(m.dialog.panel()->cancelButton()->isVisible());
        chain = tabChain(m.dialog.panel()->cancelButton(), 1);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(1), static_cast<QWidget *>(close));
    }

    void resultIsAnnounced() {
        Manage m;
        QSignalSpy spy(vd::ui::Announcer::instance(), &vd::ui::Announcer::announced);
        QVERIFY(m.rig.sendNumeric());
        QCOMPARE(spy.count(), 0); // the countdown is not shouted every second
        QVERIFY(m.rig.finish(VS::Approved));
        QCOMPARE(spy.count(), 1);
        auto *source = spy.at(0).at(0).value<QWidget *>();
        QCOMPARE(source->accessibleName(), QStringLiteral("Verification result"));
        QCOMPARE(spy.at(0).at(1).toString(), vd::wire::resultText(VS::Approved));
        QCOMPARE(source->accessibleDescription(), vd::wire::resultText(VS::Approved));
    }

    void idleWarning() {
        vd::ui::IdleWarning w;
        w.showCountdown(30);
        QVERIFY2(unnamed(&w).isEmpty(), qPrintable(unnamed(&w).join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
