// SPDX-License-Identifier: MIT
// UserRecordWidget: loads the record, Authentication methods list, Manage by button,
// double-click and Enter.
#include "apiclient.h"
#include "fakedirectory.h"
#include "theme.h"
#include "tokenlistmodel.h"
#include "userrecordwidget.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using vd::test::FakeDirectory;
using vd::test::FakeTransport;
using vd::ui::UserRecordWidget;

namespace {
constexpr int kWait = 10000;

struct Record {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    UserRecordWidget *widget = nullptr;

    explicit Record(const QString &userId) {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        api.setSessionToken("t");
        const auto people = FakeDirectory::people(0);
        FakeDirectory::install(transport, people);
        vd::protocol::User user;
        for (const auto &u : people) {
            if (u.userId == userId)
                user = u;
        }
        widget = new UserRecordWidget(&api, user);
        widget->resize(900, 500);
        widget->show();
    }
    ~Record() { delete widget; }
    bool loaded() const {
        return QTest::qWaitFor([this] { return widget->tokenModel()->rowCount() > 0; }, kWait);
    }
    QRect row(int r) const {
        return widget->tokensTable()->visualRect(widget->tokenModel()->index(r, 1));
    }
};
} // namespace

class TestUserRecordWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void loadsTheAuthenticationMethods() {
        Record r(QStringLiteral("jdoe"));
        QCOMPARE(r.widget->tokensTable()->accessibleName(),
                 QStringLiteral("Authentication methods"));
        QCOMPARE(r.widget->manageButton()->accessibleName(), QStringLiteral("Manage"));
        QVERIFY(r.loaded());
        QCOMPARE(r.widget->tokenModel()->rowCount(), 3);
        QCOMPARE(r.transport.count("GET", QStringLiteral("/api/v1/users/jdoe")), 1);
        // The columns of the spec.
        const QStringList expected{QStringLiteral("Serial"), QStringLiteral("Type"),
                                   QStringLiteral("State"), QStringLiteral("Push")};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(r.widget->tokenModel()->headerData(c, Qt::Horizontal).toString(),
                     expected.at(c));
    }

    void manage_data() {
        QTest::addColumn<QString>("gesture");
        QTest::addColumn<int>("row");
        QTest::newRow("button, first row") << QStringLiteral("button") << 0;
        QTest::newRow("button, second row") << QStringLiteral("button") << 1;
        QTest::newRow("double-click") << QStringLiteral("double") << 2;
        QTest::newRow("enter") << QStringLiteral("enter") << 1;
    }
    void manage() {
        QFETCH(QString, gesture);
        QFETCH(int, row);
        Record r(QStringLiteral("jdoe"));
        QVERIFY(r.loaded());
        QSignalSpy spy(r.widget, &UserRecordWidget::manageRequested);
        QTableView *table = r.widget->tokensTable();
        if (gesture == QStringLiteral("button")) {
            table->selectRow(row);
            QVERIFY(r.widget->manageButton()->isEnabled());
            QTest::mouseClick(r.widget->manageButton(), Qt::LeftButton);
        } else if (gesture == QStringLiteral("double")) {
            // A real double-click starts with a press and release.
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.row(row).center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, r.row(row).center());
        } else {
            table->setFocus();
            table->selectRow(row);
            QTest::keyClick(table, Qt::Key_Return);
        }
        QVERIFY(!spy.isEmpty());
        const auto token = spy.first().at(1).value<vd::protocol::Token>();
        QCOMPARE(token.serial, r.widget->tokenModel()->tokenAt(row).serial);
        QCOMPARE(spy.first().at(0).value<vd::protocol::User>().userId, QStringLiteral("jdoe"));
    }

    void manageNeedsASelection() {
        Record r(QStringLiteral("jdoe"));
        QVERIFY(r.loaded());
        r.widget->tokensTable()->clearSelection();
        QVERIFY(!r.widget->manageButton()->isEnabled());
    }
};

QTEST_MAIN(TestUserRecordWidget)
#include "tst_userrecordwidget.moc"
