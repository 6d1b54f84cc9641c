// SPDX-License-Identifier: MIT
// AssignmentPage: live and Enter search, the User ID link (style, cursor, click), row
// activation by double-click and Enter, paging on scroll.
#include "apiclient.h"
#include "assignmentpage.h"
#include "fakedirectory.h"
#include "theme.h"
#include "usersearchmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using vd::test::FakeDirectory;
using vd::test::FakeTransport;
using vd::ui::AssignmentPage;
using Model = vd::app::UserSearchModel;

namespace {

constexpr int kWait = 10000;
const QString kUsers = QStringLiteral("/api/v1/users");

struct Page {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    Model model{&api};
    AssignmentPage page{&model};

    explicit Page(int generated = 100) {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        api.setSessionToken("t");
        FakeDirectory::install(transport, FakeDirectory::people(generated));
        // Long enough that only Enter (or the test) triggers a search unless a case waits.
        model.setDebounceInterval(std::chrono::seconds(30));
        page.resize(900, 600);
        page.show();
    }
    QTableView *table() const { return page.usersTable(); }
    QRect cell(int row, int column) const { return table()->visualRect(model.index(row, column)); }
    bool search(const QString &text) {
        page.searchField()->setText(text);
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        return QTest::qWaitFor([this] { return !model.isLoading() && model.rowCount() > 0; },
                               kWait);
    }
    QString lastQuery() const {
        const auto gets = transport.matching("GET", kUsers);
        return gets.isEmpty()
                   ? QString()
                   : QUrlQuery(gets.last().request.url).queryItemValue(QStringLiteral("q"));
    }
};

} // namespace

class TestAssignmentPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { vd::ui::Theme::apply(*qApp); }

    void accessibleNames() {
        Page p;
        QCOMPARE(p.page.searchField()->accessibleName(), QStringLiteral("Search users"));
        QCOMPARE(p.table()->accessibleName(), QStringLiteral("Users"));
    }

    void enterSearchesAtOnce() {
        Page p;
        QTest::keyClicks(p.page.searchField(), QStringLiteral("doe"));
        QCOMPARE(p.transport.count("GET", kUsers), 0); // debounced, not yet
        QTest::keyClick(p.page.searchField(), Qt::Key_Return);
        QCOMPARE(p.transport.count("GET", kUsers), 1);
        QCOMPARE(p.lastQuery(), QStringLiteral("doe"));
        QTRY_COMPARE_WITH_TIMEOUT(p.model.rowCount(), 1, kWait);
    }

    void typingSearchesAfterAPause() {
        Page p;
        p.model.setDebounceInterval(std::chrono::milliseconds(50));
        QTest::keyClicks(p.page.searchField(), QStringLiteral("smith"));
        QTRY_COMPARE_WITH_TIMEOUT(p.transport.count("GET", kUsers), 1, kWait);
        QCOMPARE(p.lastQuery(), QStringLiteral("smith"));
        QTRY_COMPARE_WITH_TIMEOUT(p.model.rowCount(), 1, kWait);
    }

    void userIdIsDrawnAsALink() {
        Page p;
        QVERIFY(p.search(QStringLiteral("jdoe")));
        p.table()->clearSelection();
        const QImage image = p.table()->viewport()->grab().toImage();
        const auto countLinkPixels = [&](const QRect &r) {
            int n = 0;
            const QColor link = vd::ui::Theme::link();
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = image.pixelColor(x * image.devicePixelRatio(),
                                                      y * image.devicePixelRatio());
                    if (std::abs(c.red() - link.red()) < 30 &&
                        std::abs(c.green() - link.green()) < 30 &&
                        std::abs(c.blue() - link.blue()) < 30)
                        ++n;
                }
            return n;
        };
        QVERIFY(countLinkPixels(p.cell(0, Model::UserIdColumn)) > 10);
        QCOMPARE(countLinkPixels(p.cell(0, Model::NameColumn)), 0);
    }

    void pointingHandOverTheLink() {
        Page p;
        QVERIFY(p.search(QStringLiteral("jdoe")));
        QTest::mouseMove(p.table()->viewport(), p.cell(0, Model::UserIdColumn).center());
        QTRY_COMPARE_WITH_TIMEOUT(p.table()->viewport()->cursor().shape(), Qt::PointingHandCursor,
                                  kWait);
        QTest::mouseMove(p.table()->viewport(), p.cell(0, Model::EmailColumn).center());
        QTRY_COMPARE_WITH_TIMEOUT(p.table()->viewport()->cursor().shape(), Qt::ArrowCursor, kWait);
    }

    void activation_data() {
        QTest::addColumn<QString>("gesture");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("opens");
        QTest::newRow("click user id")
            << QStringLiteral("click") << int(Model::UserIdColumn) << true;
        QTest::newRow("click name") << QStringLiteral("click") << int(Model::NameColumn) << false;
        QTest::newRow("double-click name")
            << QStringLiteral("double") << int(Model::NameColumn) << true;
        QTest::newRow("enter") << QStringLiteral("enter") << int(Model::EmailColumn) << true;
    }
    void activation() {
        QFETCH(QString, gesture);
        QFETCH(int, column);
        QFETCH(bool, opens);
        Page p;
        QVERIFY(p.search(QStringLiteral("smith")));
        QSignalSpy spy(&p.page, &AssignmentPage::userActivated);
        const QPoint at = p.cell(0, column).center();
        if (gesture == QStringLiteral("click")) {
            QTest::mouseClick(p.table()->viewport(), Qt::LeftButton, {}, at);
        } else if (gesture == QStringLiteral("double")) {
            // A real double-click starts with a press and release.
            QTest::mouseClick(p.table()->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(p.table()->viewport(), Qt::LeftButton, {}, at);
        } else {
            p.table()->setFocus();
            p.table()->setCurrentIndex(p.model.index(0, column));
            QTest::keyClick(p.table(), Qt::Key_Return);
        }
        QCOMPARE(spy.isEmpty(), !opens);
        if (opens)
            QCOMPARE(spy.first().first().value<vd::protocol::User>().userId,
                     QStringLiteral("asmith"));
    }

    void pagesAsTheTableScrolls() {
        Page p(150);
        QVERIFY(p.search(QStringLiteral("a")));
        QCOMPARE(p.model.rowCount(), Model::PageSize);
        QVERIFY(p.model.totalCount() > Model::PageSize);
        QVERIFY(p.page.summaryLabel()->text().contains(QString::number(p.model.totalCount())));
        p.table()->scrollToBottom();
        QScrollBar *bar = p.table()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(p.model.rowCount() > Model::PageSize, kWait);
        const auto gets = p.transport.matching("GET", kUsers);
        QCOMPARE(QUrlQuery(gets.last().request.url).queryItemValue(QStringLiteral("offset")),
                 QString::number(Model::PageSize));
    }

    void focusSearchSelectsTheText() {
        Page p;
        p.page.searchField()->setText(QStringLiteral("doe"));
        p.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p.page));
        p.table()->setFocus();
        p.page.focusSearch();
        QVERIFY(p.page.searchField()->hasFocus());
        QCOMPARE(p.page.searchField()->selectedText(), QStringLiteral("doe"));
    }

    void downArrowMovesToTheResults() {
        Page p;
        QVERIFY(p.search(QStringLiteral("an")));
        p.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p.page));
        p.page.searchField()->setFocus();
        QTest::keyClick(p.page.searchField(), Qt::Key_Down);
        QVERIFY(p.table()->hasFocus());
        QCOMPARE(p.table()->currentIndex().row(), 0);
    }
};

QTEST_MAIN(TestAssignmentPage)
#include "tst_assignmentpage.moc"
