// SPDX-License-Identifier: MIT
// Both audit models on one ApiClient over a fake transport that answers like the audit
// routes (FakeAuditLog), for the models' loading tests and their text and role tests.
#pragma once

#include "apiclient.h"
#include "authauditmodel.h"
#include "fakeauditlog.h"
#include "faketransport.h"
#include "operatorauditmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <memory>

namespace vd::test {

inline constexpr int kAuditWait = 10000; // generous: two shared cores
inline const QDateTime kAuditStart(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

struct AuditModelRig {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    FakeAuditLog log;
    vd::app::AuthAuditModel auth{&api};
    vd::app::OperatorAuditModel operators{&api};
    std::unique_ptr<QAbstractItemModelTester> authTester;
    std::unique_ptr<QAbstractItemModelTester> operatorTester;

    // The tester fetches on its own, so paging tests go without it.
    explicit AuditModelRig(bool withTesters = true) {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        api.setSessionToken("tok");
        log.install(transport);
        if (withTesters) {
            using Mode = QAbstractItemModelTester::FailureReportingMode;
            authTester = std::make_unique<QAbstractItemModelTester>(&auth, Mode::QtTest);
            operatorTester = std::make_unique<QAbstractItemModelTester>(&operators, Mode::QtTest);
        }
    }
    QList<vd::app::HttpRequest> requests(const QString &path) const {
        QList<vd::app::HttpRequest> out;
        for (const auto &e : transport.matching("GET", path))
            out.append(e.request);
        return out;
    }
};

} // namespace vd::test
