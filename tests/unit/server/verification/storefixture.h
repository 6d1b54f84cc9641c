// SPDX-License-Identifier: MIT
// A migrated, demo-seeded SQLite store in a temp folder, and a settable clock.
#pragma once

#include "clock.h"
#include "passwordhasher.h"
#include "seeder.h"
#include "sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace vd::server::test {

struct StoreFixture {
    QTemporaryDir dir;
    std::unique_ptr<SqliteStore> store;
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    int opened = 0;

    bool open() {
        store = std::make_unique<SqliteStore>();
        QString error;
        if (!store->open(dir.filePath(QStringLiteral("t%1.sqlite").arg(++opened)), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const PasswordHasher fast(PasswordHasher::Cost{1, 1024, 1});
        return Seeder(*store, fast).seedDemo().ok();
    }
    Clock clock() {
        return [this] {
            return now;
        };
    }
    OperatorRecord op(const QString &name) { return *store->operatorByUsername(name).value(); }
};

} // namespace vd::server::test
