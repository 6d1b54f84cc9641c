// SPDX-License-Identifier: MIT
// FakeAuditLog: filtering and paging like server-stub's store.
#include "fakeauditlog.h"

#include <QUrlQuery>

namespace vd::test {

const QString FakeAuditLog::AuthenticationPath = QStringLiteral("/api/v1/audit/authentication");
const QString FakeAuditLog::OperatorPath = QStringLiteral("/api/v1/audit/operator");

namespace {

QString param(const app::HttpRequest &r, const QString &name) {
    return QUrlQuery(r.url).queryItemValue(name, QUrl::FullyDecoded);
}

// The filters every list shares; false when the entry is filtered out.
bool inWindow(const app::HttpRequest &r, const QDateTime &time, const QString &verificationId) {
    const auto from = protocol::parseTime(param(r, QStringLiteral("from")));
    const auto to = protocol::parseTime(param(r, QStringLiteral("to")));
    const QString vid = param(r, QStringLiteral("verificationId"));
    return (!from || time >= *from) && (!to || time <= *to) &&
           (vid.isEmpty() || vid == verificationId);
}

bool matches(const QString &wanted, const QString &value) {
    return wanted.isEmpty() || wanted == value;
}

template <typename T, typename Keep>
app::HttpResponse page(const app::HttpRequest &r, const QList<T> &oldestFirst, Keep keep) {
    QList<T> newestFirst;
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it) {
        if (keep(*it))
            newestFirst.append(*it);
    }
    const int offset = param(r, QStringLiteral("offset")).toInt();
    const int limit = param(r, QStringLiteral("limit")).toInt();
    protocol::Page<T> p;
    p.total = newestFirst.size();
    p.items = newestFirst.mid(offset, limit);
    return FakeTransport::json(200, p.toJson());
}

} // namespace

void FakeAuditLog::install(FakeTransport &transport) {
    transport.route("GET", AuthenticationPath,
                    [this](const app::HttpRequest &r) -> std::optional<app::HttpResponse> {
                        ++authenticationRequests;
                        const QString user = param(r, QStringLiteral("userId"));
                        const QString result = param(r, QStringLiteral("result"));
                        return page(r, authentication, [&](const protocol::AuthAuditEntry &e) {
                            return inWindow(r, e.time, e.verificationId) &&
                                   matches(user, e.userId) && matches(result, e.result);
                        });
                    });
    transport.route("GET", OperatorPath,
                    [this](const app::HttpRequest &r) -> std::optional<app::HttpResponse> {
                        ++operatorRequests;
                        const QString op = param(r, QStringLiteral("operator"));
                        const QString type = param(r, QStringLiteral("actionType"));
                        return page(r, operatorEntries, [&](const protocol::OperatorAuditEntry &e) {
                            return inWindow(r, e.time, e.verificationId.value_or(QString())) &&
                                   matches(op, e.operatorName) && matches(type, e.actionType);
                        });
                    });
}

protocol::AuthAuditEntry FakeAuditLog::authEntry(int n, const QDateTime &time,
                                                 const QString &userId, bool success) {
    protocol::AuthAuditEntry e;
    e.id = QStringLiteral("auth-%1").arg(n, 5, 10, QLatin1Char('0'));
    e.time = time;
    e.userId = userId;
    e.tokenSerial = QStringLiteral("MP-%1").arg(1000 + n % 7);
    e.resourceName = QString::fromLatin1(wire::ResourceNameHelpdesk);
    const auto outcome =
        success ? wire::VerificationState::Approved : wire::VerificationState::Denied;
    e.result = wire::authAuditResult(outcome);
    e.message = wire::authAuditMessage(outcome);
    e.verificationId = QStringLiteral("v-%1").arg(n);
    return e;
}

void FakeAuditLog::addAuthentication(int n, const QDateTime &start, const QStringList &users) {
    const int first = int(authentication.size());
    for (int i = 0; i < n; ++i) {
        const int k = first + i;
        authentication.append(
            authEntry(k, start.addSecs(60 * k), users.at(k % users.size()), k % 3 != 0));
    }
}

void FakeAuditLog::addVerification(const QString &verificationId, const QDateTime &at,
                                   const QString &outcome, const QString &operatorName,
                                   const QString &userId, const std::optional<QString> &ticket) {
    protocol::OperatorAuditEntry d;
    d.id = QString(verificationId + QStringLiteral("-dispatch"));
    d.time = at;
    d.operatorName = operatorName;
    d.actionType = QString::fromLatin1(wire::ActionTypeHelpdeskPush);
    d.phase = QString::fromLatin1(wire::PhaseDispatch);
    d.verificationId = verificationId;
    d.userId = userId;
    d.tokenSerial = QStringLiteral("MP-1001");
    d.ticket = ticket;
    d.message = QStringLiteral("Push sent to MP-1001");
    operatorEntries.append(d);
    protocol::OperatorAuditEntry o = d;
    o.id = QString(verificationId + QStringLiteral("-outcome"));
    o.time = at.addSecs(20);
    o.phase = QString::fromLatin1(wire::PhaseOutcome);
    o.outcome = outcome;
    o.message = QStringLiteral("Verification ended %1").arg(outcome);
    operatorEntries.append(o);
}

void FakeAuditLog::addFollowUp(const QString &verificationId, const QString &actionType,
                               const QDateTime &at, const QString &operatorName) {
    protocol::OperatorAuditEntry e;
    e.id = QString(verificationId + QLatin1Char('-') + actionType);
    e.time = at;
    e.operatorName = operatorName;
    e.actionType = actionType;
    e.verificationId = verificationId;
    e.userId = QStringLiteral("jdoe");
    e.tokenSerial = QStringLiteral("MP-1001");
    e.message = QStringLiteral("%1 on MP-1001 for jdoe, after verification %2")
                    .arg(actionType, verificationId);
    operatorEntries.append(e);
}

} // namespace vd::test
