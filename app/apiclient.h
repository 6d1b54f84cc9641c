// SPDX-License-Identifier: MIT
// Typed calls for every endpoint the console uses, on an injected Transport. Each call runs
// its callback once (unless cancelled or its context object is gone) with a decoded value or
// an ApiFailure; any 401 on an authenticated call also emits sessionExpired().
#pragma once

#include "apiresult.h"
#include "dto.h"
#include "transport.h"
#include "wire.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

namespace vd::app {

// Filters of the two audit lists (API.md "Audit"); unset fields are not sent.
struct AuditQuery {
    int offset = 0;
    int limit = 50;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    QString userId;       // authentication list
    QString operatorName; // operator list
    QString actionType;   // operator list
    QString result;       // authentication list: Success | Failure
    QString verificationId;
};

// PUT /api/v1/policy and /api/v1/account with only the fields that changed, so a save never
// overwrites what another operator changed meanwhile; unset fields are not sent.
struct PolicyPatch {
    std::optional<bool> pushOtpEnabled;
    std::optional<bool> numericChallengeEnabled;
    std::optional<QString> organizationName;
    std::optional<int> followUpWindowMinutes;
    bool isEmpty() const {
        return !pushOtpEnabled && !numericChallengeEnabled && !organizationName &&
               !followUpWindowMinutes;
    }
};
struct AccountPatch {
    std::optional<QString> name;
    std::optional<bool> helpdeskPushVerification;
    bool isEmpty() const { return !name && !helpdeskPushVerification; }
};

// PATCH /api/v1/tokens/{serial}; unset fields are not sent.
struct TokenPatch {
    std::optional<bool> pushEnabled;
    std::optional<wire::TokenState> state;
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    using CallId = quint64; // 0 = no call
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    // The transport is not owned (usually a sibling with the same parent).
    explicit ApiClient(Transport *transport, QObject *parent = nullptr);
    ~ApiClient() override;

    void setServerUrl(const QUrl &url); // e.g. https://verifydesk.example.com
    QUrl serverUrl() const;

    // Held in memory only; sent as the Authorization header on every /api/v1 call.
    void setSessionToken(const QByteArray &token);
    void clearSessionToken(); // overwrites the bytes before releasing them
    bool hasSessionToken() const;

    // Stops a call: its transport request is aborted and its callback will not run.
    void cancel(CallId id);
    bool isActive(CallId id) const;

    // Every call: `context` bounds the callback's life (no call after it is destroyed).
    CallId createSession(const QString &username, const QString &password, QObject *context,
                         Callback<protocol::SessionInfo> done);
    CallId getSession(QObject *context, Callback<protocol::SessionInfo> done);
    CallId deleteSession(QObject *context, Callback<NoContent> done);

    CallId searchUsers(const QString &query, int offset, int limit, QObject *context,
                       Callback<protocol::Page<protocol::User>> done);
    CallId userDetail(const QString &userId, QObject *context, Callback<protocol::UserDetail> done);
    CallId updateToken(const QString &serial, const TokenPatch &patch, QObject *context,
                       Callback<protocol::Token> done);
    CallId createActivationCode(const QString &serial, QObject *context, Callback<QString> done);
    CallId tokenAction(const QString &serial, wire::FollowUpAction action,
                       const QString &verificationId, QObject *context,
                       Callback<protocol::Token> done);

    CallId policy(QObject *context, Callback<protocol::Policy> done);
    CallId updatePolicy(const protocol::Policy &policy, QObject *context,
                        Callback<protocol::Policy> done);
    CallId updatePolicy(const PolicyPatch &patch, QObject *context,
                        Callback<protocol::Policy> done);
    CallId account(QObject *context, Callback<protocol::Account> done);
    CallId updateAccount(const AccountPatch &patch, QObject *context,
                         Callback<protocol::Account> done);

    CallId createVerification(const QString &userId, const QString &tokenSerial,
                              const std::optional<QString> &ticket, QObject *context,
                              Callback<protocol::Verification> done);
    CallId verification(const QString &id, QObject *context, Callback<protocol::Verification> done);
    CallId cancelVerification(const QString &id, QObject *context, Callback<NoContent> done);

    CallId authenticationAudit(const AuditQuery &query, QObject *context,
                               Callback<protocol::Page<protocol::AuthAuditEntry>> done);
    CallId operatorAudit(const AuditQuery &query, QObject *context,
                         Callback<protocol::Page<protocol::OperatorAuditEntry>> done);

Q_SIGNALS:
    // A call carrying the session token got 401: the session is gone, go back to sign-in.
    void sessionExpired();

private:
    // Runs with the answer of a 2xx status, or with the mapped failure.
    using RawHandler =
        std::function<void(const HttpResponse &response, const std::optional<ApiFailure> &)>;
    CallId send(const QByteArray &method, const QString &path,
                const QList<QPair<QString, QString>> &query, const QByteArray &body,
                bool authenticated, QObject *context, RawHandler handler);
    void complete(CallId id, const HttpResponse &response);

    struct Call {
        Transport::RequestId request = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        bool authenticated = false;
        QByteArray method;
        QString path;
        qint64 startedMs = 0;
        RawHandler handler;
    };

    QPointer<Transport> m_transport;
    QUrl m_serverUrl;
    QByteArray m_token;
    QHash<CallId, Call> m_calls;
    CallId m_nextId = 1;
};

} // namespace vd::app
