// SPDX-License-Identifier: MIT
// TokenStore: owner-only, atomically written token files that belong to one serial.
#include "tokenstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using vd::device::TokenStore;

namespace {

// The mode bits as the kernel has them: QFile::permissions mixes in the "User" flags.
unsigned modeOf(const QString &path) {
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return static_cast<unsigned>(st.st_mode) & 0777u;
}

} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithOwnerOnlyPermissions();
    void overwriteKeepsPermissions();
    void missingFile();
    void otherSerial();
    void corruptFile_data();
    void corruptFile();
    void defaultPathIsPerSerialAndSafe();
};

void TestTokenStore::roundTripWithOwnerOnlyPermissions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/token.json"));
    TokenStore store(QStringLiteral("MP-1001"), path);
    QString error;
    QVERIFY2(store.save("secret-token", QUrl(QStringLiteral("http://127.0.0.1:1")), &error),
             qPrintable(error));
    QCOMPARE(modeOf(path), 0600u);
    bool missing = true;
    QCOMPARE(store.load(&error, &missing), QByteArray("secret-token"));
    QVERIFY(!missing);
}

void TestTokenStore::overwriteKeepsPermissions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token.json"));
    TokenStore store(QStringLiteral("MP-1001"), path);
    QString error;
    QVERIFY(store.save("one", {}, &error));
    QVERIFY(store.save("two", {}, &error));
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(store.load(&error), QByteArray("two"));
}

void TestTokenStore::missingFile() {
    QTemporaryDir dir;
    TokenStore store(QStringLiteral("MP-1001"), dir.filePath(QStringLiteral("none.json")));
    QString error;
    bool missing = false;
    QVERIFY(store.load(&error, &missing).isEmpty());
    QVERIFY(missing);
    QVERIFY(error.contains(QLatin1String("MP-1001")));
}

void TestTokenStore::otherSerial() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token.json"));
    QString error;
    QVERIFY(TokenStore(QStringLiteral("MP-1002"), path).save("t", {}, &error));
    bool missing = true;
    QVERIFY(TokenStore(QStringLiteral("MP-1001"), path).load(&error, &missing).isEmpty());
    QVERIFY(!missing);
    QVERIFY2(error.contains(QLatin1String("MP-1002")), qPrintable(error));
}

void TestTokenStore::corruptFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("garbage");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no token") << QByteArray(R"({"serial":"MP-1001"})");
    QTest::newRow("empty token") << QByteArray(R"({"serial":"MP-1001","deviceToken":""})");
}

void TestTokenStore::corruptFile() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    bool missing = true;
    QVERIFY(TokenStore(QStringLiteral("MP-1001"), path).load(&error, &missing).isEmpty());
    QVERIFY(!missing);
    QVERIFY(!error.isEmpty());
}

void TestTokenStore::defaultPathIsPerSerialAndSafe() {
    QStandardPaths::setTestModeEnabled(true);
    const QString a = TokenStore::defaultPath(QStringLiteral("MP-1001"));
    const QString b = TokenStore::defaultPath(QStringLiteral("MP-1002"));
    QVERIFY(a != b);
    QVERIFY(a.endsWith(QLatin1String("/devices/MP-1001.json")));
    const QString evil = TokenStore::defaultPath(QStringLiteral("../../etc/passwd"));
    QVERIFY2(!evil.contains(QLatin1String("/../")), qPrintable(evil));
    QVERIFY(evil.contains(QLatin1String("/devices/")));
    QCOMPARE(TokenStore(QStringLiteral("MP-1001")).path(), a);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
