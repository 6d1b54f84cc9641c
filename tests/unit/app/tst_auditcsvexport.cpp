// SPDX-License-Identifier: MIT
// CSV export of the audit logs: RFC 4180 quoting (quotes, commas, newlines), UTF-8 with
// non-ASCII text, byte for byte against a golden file; every page of the filter (no
// truncation, no repeats while entries arrive); the filter of the view; the file replaced only
// when complete; failures and cancel.
#include "auditcsvexport.h"
#include "auditmodelrig.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using vd::app::AuditCsvExport;
using vd::app::AuditQuery;
using vd::app::CsvWriter;
using vd::test::FakeAuditLog;
using vd::test::FakeTransport;

namespace {

constexpr int kWait = vd::test::kAuditWait;
const QDateTime kStart = vd::test::kAuditStart;

QString goldenPath(const char *name) {
    return QStringLiteral("%1/tests/unit/app/data/%2")
        .arg(qEnvironmentVariable("VD_SOURCE_DIR"), QString::fromLatin1(name));
}

// Without the model testers: they fetch on their own, and the export must do all fetching.
struct Rig : vd::test::AuditModelRig {
    Rig()
        : AuditModelRig(false) {}
};

// Runs one export into a buffer; the bytes, empty with *error on failure.
QByteArray exportAll(const vd::app::AuditTableModel &model, int pageSize = 500,
                     QString *error = nullptr) {
    AuditCsvExport job(&model);
    job.setPageSize(pageSize);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSignalSpy finished(&job, &AuditCsvExport::finished);
    QSignalSpy failed(&job, &AuditCsvExport::failed);
    if (!job.start(&buffer))
        return {};
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWait))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().toString();
        return {};
    }
    return buffer.data();
}

} // namespace

class TestAuditCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldQuoting_data();
    void fieldQuoting();
    void recordEndsWithCrlf();
    void goldenOperatorActivity();
    void everyPageNoTruncation();
    void noRepeatsWhileEntriesArrive();
    void followsTheViewFilter();
    void fileReplacedOnlyWhenComplete();
    void cancelLeavesTheFile();
    void unwritableTarget();
};

void TestAuditCsvExport::fieldQuoting_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("jdoe") << QStringLiteral("jdoe");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("spaces kept") << QStringLiteral("  padded ") << QStringLiteral("  padded ");
    QTest::newRow("non-ASCII") << QStringLiteral("Zoë → ✓") << QStringLiteral("Zoë → ✓");
    QTest::newRow("long, whole") << QString(5000, QLatin1Char('x'))
                                 << QString(5000, QLatin1Char('x'));
}

void TestAuditCsvExport::fieldQuoting() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(value), field);
}

void TestAuditCsvExport::recordEndsWithCrlf() {
    QCOMPARE(CsvWriter::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("é")}),
             QByteArray("a,\"b,c\",\xc3\xa9\r\n"));
    QCOMPARE(CsvWriter::record({}), QByteArray("\r\n"));
}

void TestAuditCsvExport::goldenOperatorActivity() {
    Rig rig;
    // A settings change (quotes, comma, → arrow), a verification with a ticket holding a
    // comma and quotes for a user with a non-ASCII id, and a message spanning lines.
    vd::protocol::OperatorAuditEntry change;
    change.id = QStringLiteral("c1");
    change.time = kStart;
    change.operatorName = QStringLiteral("admin");
    change.actionType = QStringLiteral("PolicyChange");
    change.message = QStringLiteral("Policy changed: organizationName: \"Acme Corp\" \u2192 "
                                    "\"Acme, Inc.\"; followUpWindowMinutes: 10 \u2192 15");
    rig.log.operatorEntries.append(change);
    rig.log.addVerification(QStringLiteral("v7"), kStart.addSecs(90), QStringLiteral("approved"),
                            QStringLiteral("helpdesk"), QStringLiteral("zoë.müller"),
                            QStringLiteral("INC-7, \"urgent\""));
    rig.log.addFollowUp(QStringLiteral("v7"), QStringLiteral("PinReset"), kStart.addSecs(150));
    rig.log.operatorEntries.last().message = QStringLiteral("PIN reset\nasked by the caller");
    rig.operators.setFilter({});
    const QByteArray actual = exportAll(rig.operators);
    QVERIFY(!actual.isEmpty());

    const QString path = goldenPath("operator-activity.golden.csv");
    if (qEnvironmentVariableIsSet("VD_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = golden.readAll();
    QVERIFY2(actual == expected, actual.constData());
    QVERIFY(actual.contains("\xe2\x86\x92"));    // the arrow, as UTF-8
    QVERIFY(!actual.startsWith("\xef\xbb\xbf")); // no byte order mark
}

void TestAuditCsvExport::everyPageNoTruncation() {
    Rig rig;
    rig.log.addAuthentication(1234, kStart, {QStringLiteral("jdoe"), QStringLiteral("asmith")});
    rig.auth.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(rig.auth.rowCount() > 0, kWait);
    rig.transport.clearLog(); // the view's own first page
    const QByteArray csv = exportAll(rig.auth, 500);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 1234 + 2); // header, entries, and the empty rest after the last CRLF
    QCOMPARE(lines.first(), QByteArray("Time (UTC),User,Token,Resource,Result,Message,Ticket\r"));
    QVERIFY(lines.at(1).startsWith("2026-12-02T04:33:00.000Z,")); // newest first
    QVERIFY(lines.at(1234).startsWith("2026-12-01T08:00:00.000Z,"));
    QCOMPARE(rig.transport.count("GET", FakeAuditLog::AuthenticationPath), 3);
    for (const auto &e : rig.transport.matching("GET", FakeAuditLog::AuthenticationPath))
        QCOMPARE(QUrlQuery(e.request.url).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("500"));
}

void TestAuditCsvExport::noRepeatsWhileEntriesArrive() {
    Rig rig;
    rig.log.addAuthentication(120, kStart);
    rig.auth.setFilter({});
    // Before the second page, more verifications end than one page holds: the offset the
    // export asks for is stale, and that page starts with entries newer than the export.
    int answered = 0;
    connect(&rig.transport, &FakeTransport::requestSent, &rig.transport, [&] {
        if (++answered == 2)
            rig.log.addAuthentication(60, kStart);
        else if (answered > 2)
            rig.log.addAuthentication(3, kStart);
    });
    const QByteArray csv = exportAll(rig.auth, 50);
    QList<QByteArray> lines = csv.split('\n');
    lines.removeFirst(); // header
    lines.removeLast();  // after the last CRLF
    QSet<QByteArray> unique(lines.begin(), lines.end());
    QCOMPARE(unique.size(), lines.size());
    // Exactly the 120 entries there were when it started: none missed, none newer.
    QCOMPARE(lines.size(), 120);
    QVERIFY(lines.first().startsWith("2026-12-01T09:59:00.000Z,"));
    QVERIFY(lines.last().startsWith("2026-12-01T08:00:00.000Z,"));
}

void TestAuditCsvExport::followsTheViewFilter() {
    Rig rig;
    rig.log.addAuthentication(30, kStart, {QStringLiteral("jdoe"), QStringLiteral("asmith")});
    AuditQuery f;
    f.userId = QStringLiteral("asmith");
    f.result = QStringLiteral("Failure");
    rig.auth.setFilter(f);
    const QByteArray csv = exportAll(rig.auth);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 5 + 2); // asmith is every odd entry; failures every third: 3, 9, …, 27
    for (int i = 1; i < lines.size() - 1; ++i) {
        QVERIFY(lines.at(i).contains(",asmith,"));
        QVERIFY(lines.at(i).contains(",Failure,"));
    }
    const auto sent = rig.transport.matching("GET", FakeAuditLog::AuthenticationPath).last();
    QCOMPARE(QUrlQuery(sent.request.url).queryItemValue(QStringLiteral("userId")),
             QStringLiteral("asmith"));
}

void TestAuditCsvExport::fileReplacedOnlyWhenComplete() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\r\n");
    }
    Rig rig;
    rig.log.addAuthentication(700, kStart);
    rig.auth.setFilter({});
    // The second page fails: the previous file must stay as it was.
    int pages = 0;
    rig.transport.route("GET", FakeAuditLog::AuthenticationPath,
                        [&](const vd::app::HttpRequest &) -> std::optional<vd::app::HttpResponse> {
                            if (++pages == 1) {
                                vd::protocol::Page<vd::protocol::AuthAuditEntry> p;
                                p.total = 700;
                                p.items = rig.log.authentication.mid(0, 500);
                                return FakeTransport::json(200, p.toJson());
                            }
                            return FakeTransport::error(500, QStringLiteral("internal_error"));
                        });
    AuditCsvExport job(&rig.auth);
    QSignalSpy failed(&job, &AuditCsvExport::failed);
    QVERIFY(job.start(path));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
    QVERIFY(!job.isRunning());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous export\r\n"));
    kept.close();

    rig.transport.clearRoutes();
    rig.log.install(rig.transport);
    QSignalSpy finished(&job, &AuditCsvExport::finished);
    QSignalSpy progress(&job, &AuditCsvExport::progress);
    QVERIFY(job.start(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QCOMPARE(finished.first().first().toInt(), 700);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(700));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll().count('\n'), 701);
}

void TestAuditCsvExport::cancelLeavesTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    Rig rig;
    rig.transport.route("GET", FakeAuditLog::OperatorPath, [](const vd::app::HttpRequest &) {
        return std::optional<vd::app::HttpResponse>();
    });
    AuditCsvExport job(&rig.operators);
    QSignalSpy finished(&job, &AuditCsvExport::finished);
    QVERIFY(job.start(path));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(path)); // one at a time
    job.cancel();
    QVERIFY(!job.isRunning());
    QCOMPARE(rig.transport.abortedCount(), 1);
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestAuditCsvExport::unwritableTarget() {
    Rig rig;
    AuditCsvExport job(&rig.auth);
    QSignalSpy failed(&job, &AuditCsvExport::failed);
    QVERIFY(!job.start(QStringLiteral("/nonexistent-folder/audit.csv")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(job.errorText().contains(QStringLiteral("/nonexistent-folder/audit.csv")));
}

QTEST_GUILESS_MAIN(TestAuditCsvExport)
#include "tst_auditcsvexport.moc"
