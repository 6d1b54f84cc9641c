// SPDX-License-Identifier: MIT
// LoginDialog: accessible names, keep-signed-in availability, inline errors, what it emits.
#include "logindialog.h"
#include "theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using vd::ui::LoginDialog;

class TestLoginDialog : public QObject {
    Q_OBJECT

    static void fill(LoginDialog &d, const QString &server) {
        QTest::keyClicks(d.serverEdit(), server);
        QTest::keyClicks(d.usernameEdit(), QStringLiteral("helpdesk"));
        QTest::keyClicks(d.passwordEdit(), QStringLiteral("s3cret"));
    }

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void accessibleNames() {
        LoginDialog d;
        QCOMPARE(d.serverEdit()->accessibleName(), QStringLiteral("Server"));
        QCOMPARE(d.usernameEdit()->accessibleName(), QStringLiteral("Username"));
        QCOMPARE(d.passwordEdit()->accessibleName(), QStringLiteral("Password"));
        QCOMPARE(d.signInButton()->accessibleName(), QStringLiteral("Sign in"));
        QCOMPARE(d.passwordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(d.keepSignedInBox()->text(), QStringLiteral("Keep me signed in on this computer"));
    }

    void keepSignedIn_data() {
        QTest::addColumn<bool>("allowed");
        QTest::newRow("allowed") << true;
        QTest::newRow("not allowed") << false;
    }
    void keepSignedIn() {
        QFETCH(bool, allowed);
        LoginDialog d;
        d.setKeepSignedInAllowed(allowed);
        d.setKeepSignedIn(true);
        d.show();
        QCOMPARE(d.keepSignedInBox()->isVisible(), allowed);
        QCOMPARE(d.keepSignedInBox()->isEnabled(), allowed);
        QCOMPARE(d.keepSignedIn(), allowed);
    }

    void signInEmitsTheInput_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("full url") << QStringLiteral("http://127.0.0.1:8470")
                                  << QUrl(QStringLiteral("http://127.0.0.1:8470"));
        QTest::newRow("host only") << QStringLiteral("verifydesk.acme.example")
                                   << QUrl(QStringLiteral("https://verifydesk.acme.example"));
    }
    void signInEmitsTheInput() {
        QFETCH(QString, typed);
        QFETCH(QUrl, expected);
        LoginDialog d;
        d.show();
        QSignalSpy spy(&d, &LoginDialog::signInRequested);
        QVERIFY(!d.signInButton()->isEnabled());
        fill(d, typed);
        QVERIFY(d.signInButton()->isEnabled());
        QTest::keyClick(d.passwordEdit(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(), expected);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("helpdesk"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("s3cret"));
        // Busy: a second Enter does not sign in twice.
        QVERIFY(!d.signInButton()->isEnabled());
        QTest::keyClick(d.passwordEdit(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
    }

    void errorsAreInline() {
        LoginDialog d;
        d.show();
        fill(d, QStringLiteral("http://127.0.0.1:8470"));
        QTest::mouseClick(d.signInButton(), Qt::LeftButton);
        d.showError(QStringLiteral("The username or password is not correct."));
        QVERIFY(d.errorLabel()->isVisible());
        QCOMPARE(d.errorLabel()->text(),
                 QStringLiteral("The username or password is not correct."));
        QVERIFY(d.signInButton()->isEnabled()); // try again
        QVERIFY(!QApplication::activeModalWidget() ||
                !qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        QVERIFY(d.findChildren<QMessageBox *>().isEmpty());
    }

    void badServerAddressIsAnInlineError() {
        LoginDialog d;
        d.show();
        QSignalSpy spy(&d, &LoginDialog::signInRequested);
        fill(d, QStringLiteral("ftp://files.example"));
        QTest::mouseClick(d.signInButton(), Qt::LeftButton);
        QCOMPARE(spy.size(), 0);
        QVERIFY(d.errorLabel()->isVisible());
    }

    void passwordIsClearedAfterSuccess() {
        LoginDialog d;
        d.show();
        fill(d, QStringLiteral("http://127.0.0.1:8470"));
        QTest::mouseClick(d.signInButton(), Qt::LeftButton);
        d.signInSucceeded();
        QVERIFY(d.password().isEmpty());
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void tabOrder() {
        LoginDialog d;
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        d.serverEdit()->setFocus();
        fill(d, QStringLiteral("http://127.0.0.1:8470")); // so Sign in is enabled (focusable)
        d.serverEdit()->setFocus();
        const QList<QWidget *> expected{d.usernameEdit(), d.passwordEdit(), d.keepSignedInBox(),
                                        d.signInButton()};
        for (QWidget *next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
