// SPDX-License-Identifier: MIT
// Managed settings in the UI: a temp system file over a temp user file decides what the
// sign-in dialog shows, and every managed control is greyed with "Set by your administrator".
#include "flowrig.h"
#include "logindialog.h"
#include "managedlock.h"
#include "theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using vd::test::FlowRig;
using vd::ui::LoginDialog;
using Values = FlowRig::Values;

Q_DECLARE_METATYPE(Values)

namespace {

struct Rig : FlowRig {
    Rig(const Values &system, const Values &user)
        : FlowRig(system, user) {
        start();
    }
    LoginDialog *dialog() const { return flow->loginDialog(); }
};

const QString kUserUrl = QStringLiteral("https://mine.example");
const QString kItUrl = QStringLiteral("https://verifydesk.corp.example");

} // namespace

class TestManagedSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void signInDialogFollowsTheLayers_data() {
        QTest::addColumn<Values>("system");
        QTest::addColumn<Values>("user");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("serverLocked");
        QTest::addColumn<bool>("keepVisible");
        QTest::addColumn<bool>("keepLocked");
        QTest::addColumn<bool>("keepChecked");

        const QString url = QStringLiteral("server/url");
        const QString keep = QStringLiteral("session/keepSignedIn");
        const QString allow = QStringLiteral("session/allowKeepSignedIn");
        QTest::newRow("defaults") << Values{} << Values{} << QString() << false << true << false
                                  << false;
        QTest::newRow("user over default")
            << Values{} << Values{{url, kUserUrl}, {keep, QStringLiteral("true")}} << kUserUrl
            << false << true << false << true;
        QTest::newRow("managed over user")
            << Values{{url, kItUrl}, {keep, QStringLiteral("false")}}
            << Values{{url, kUserUrl}, {keep, QStringLiteral("true")}} << kItUrl << true << true
            << true << false;
        QTest::newRow("managed keep on") << Values{{keep, QStringLiteral("true")}} << Values{}
                                         << QString() << false << true << true << true;
        QTest::newRow("invalid managed value is ignored")
            << Values{{url, QStringLiteral("ftp://nope")}} << Values{{url, kUserUrl}} << kUserUrl
            << false << true << false << false;
        QTest::newRow("keep not allowed")
            << Values{{allow, QStringLiteral("false")}} << Values{{keep, QStringLiteral("true")}}
            << QString() << false << false << false << false;
    }
    void signInDialogFollowsTheLayers() {
        QFETCH(Values, system);
        QFETCH(Values, user);
        QFETCH(QString, server);
        QFETCH(bool, serverLocked);
        QFETCH(bool, keepVisible);
        QFETCH(bool, keepLocked);
        QFETCH(bool, keepChecked);

        Rig r(system, user);
        LoginDialog *d = r.dialog();
        QVERIFY(d && d->isVisible());
        QCOMPARE(d->server(), server);
        QCOMPARE(d->serverEdit()->isEnabled(), !serverLocked);
        QCOMPARE(d->serverManagedHint()->isVisible(), serverLocked);
        QCOMPARE(d->serverEdit()->toolTip(),
                 serverLocked ? QStringLiteral("Set by your administrator") : QString());
        QCOMPARE(d->keepSignedInBox()->isVisible(), keepVisible);
        QCOMPARE(d->keepSignedInBox()->isEnabled(), keepVisible && !keepLocked);
        QCOMPARE(d->keepSignedInManagedHint()->isVisible(), keepLocked);
        QCOMPARE(d->keepSignedIn(), keepChecked);
    }

    void hintSaysWhoSetIt() {
        Rig r(Values{{QStringLiteral("server/url"), kItUrl}}, Values{});
        QCOMPARE(r.dialog()->serverManagedHint()->text(),
                 QStringLiteral("Set by your administrator"));
        QCOMPARE(r.dialog()->serverEdit()->accessibleDescription(),
                 QStringLiteral("Set by your administrator"));
        QCOMPARE(r.dialog()->serverEdit()->accessibleName(), QStringLiteral("Server"));
    }

    void lockSurvivesBusyAndError() {
        Rig r(Values{{QStringLiteral("server/url"), kItUrl},
                     {QStringLiteral("session/keepSignedIn"), QStringLiteral("true")}},
              Values{});
        LoginDialog *d = r.dialog();
        d->setBusy(true);
        d->showError(QStringLiteral("Wrong username or password"));
        QVERIFY(!d->serverEdit()->isEnabled());
        QVERIFY(!d->keepSignedInBox()->isEnabled());
        QVERIFY(d->keepSignedIn());
        QVERIFY(d->usernameEdit()->isEnabled());
    }

    void unlockGivesTheControlBack() {
        LoginDialog d;
        d.setServerEditable(false);
        d.setServerEditable(true);
        d.show();
        QVERIFY(d.serverEdit()->isEnabled());
        QVERIFY(!d.serverEdit()->isReadOnly());
        QVERIFY(!vd::ui::ManagedLock::isLocked(d.serverEdit()));
        QVERIFY(!d.serverManagedHint()->isVisible());
    }
};

QTEST_MAIN(TestManagedSettings)
#include "tst_managedsettings.moc"
