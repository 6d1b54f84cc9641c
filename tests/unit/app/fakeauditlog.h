// SPDX-License-Identifier: MIT
// Both audit lists served by a FakeTransport the way the server serves them: newest first,
// offset/limit paging with a total, and the filters of API.md (plus result and
// verificationId). Tests append entries while a view pages to see that nothing repeats.
#pragma once

#include "dto.h"
#include "faketransport.h"

#include <QList>

namespace vd::test {

class FakeAuditLog {
public:
    static const QString AuthenticationPath; // /api/v1/audit/authentication
    static const QString OperatorPath;       // /api/v1/audit/operator

    // Routes both lists on `transport` (answers read the entries at request time).
    void install(FakeTransport &transport);

    // Entries are kept oldest first; the server answers newest first.
    QList<protocol::AuthAuditEntry> authentication;
    QList<protocol::OperatorAuditEntry> operatorEntries;

    // `n` authentication entries, one a minute from `start`, users cycling over `users`.
    void addAuthentication(int n, const QDateTime &start,
                           const QStringList &users = {QStringLiteral("jdoe")});
    // One verification's dispatch and outcome (and optional follow-up) operator entries.
    void addVerification(const QString &verificationId, const QDateTime &at, const QString &outcome,
                         const QString &operatorName = QStringLiteral("helpdesk"),
                         const QString &userId = QStringLiteral("jdoe"),
                         const std::optional<QString> &ticket = std::nullopt);
    void addFollowUp(const QString &verificationId, const QString &actionType, const QDateTime &at,
                     const QString &operatorName = QStringLiteral("helpdesk"));

    static protocol::AuthAuditEntry authEntry(int n, const QDateTime &time, const QString &userId,
                                              bool success);
    // Requests answered so far per list (held ones excluded).
    int authenticationRequests = 0;
    int operatorRequests = 0;
};

} // namespace vd::test
