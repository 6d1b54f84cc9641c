// SPDX-License-Identifier: MIT
// ApiClient: request building, failure mapping and typed decoding of every endpoint.
#include "apiclient.h"

#include "logcategories.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace vd::app {
namespace {

using protocol::DecodeError;

QString segment(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray jsonBody(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Parses a JSON object body; on failure returns nullopt and the reason.
std::optional<QJsonObject> parseObject(const HttpResponse &response, QString *why) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("reply is not JSON: %1").arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("reply is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

// Wraps a typed callback into the raw handler: failure passes through, success decodes with
// `decode(object, &error)`; a decode failure is a MalformedReply, never a success.
template <typename T, typename Decode> auto decoded(ApiClient::Callback<T> done, Decode decode) {
    return [done = std::move(done), decode](const HttpResponse &response,
                                            const std::optional<ApiFailure> &failure) {
        if (!done)
            return;
        if (failure) {
            done(ApiResult<T>(*failure));
            return;
        }
        QString why;
        const auto object = parseObject(response, &why);
        if (!object) {
            qCWarning(lcApi) << "malformed reply:" << why;
            done(ApiResult<T>(ApiFailure::malformed(why, response.status)));
            return;
        }
        DecodeError error;
        std::optional<T> value = decode(*object, &error);
        if (!value) {
            const QString what =
                error.message.isEmpty() ? QStringLiteral("reply did not decode") : error.message;
            qCWarning(lcApi) << "malformed reply:" << what;
            done(ApiResult<T>(ApiFailure::malformed(what, response.status)));
            return;
        }
        done(ApiResult<T>(std::move(*value)));
    };
}

template <typename T> auto dto(ApiClient::Callback<T> done) {
    return decoded<T>(std::move(done),
                      [](const QJsonObject &o, DecodeError *e) { return T::fromJson(o, e); });
}

auto noContent(ApiClient::Callback<NoContent> done) {
    return
        [done = std::move(done)](const HttpResponse &, const std::optional<ApiFailure> &failure) {
            if (!done)
                return;
            if (failure)
                done(ApiResult<NoContent>(*failure));
            else
                done(ApiResult<NoContent>(NoContent{}));
        };
}

QList<QPair<QString, QString>> auditParameters(const AuditQuery &q) {
    QList<QPair<QString, QString>> p{{QStringLiteral("offset"), QString::number(q.offset)},
                                     {QStringLiteral("limit"), QString::number(q.limit)}};
    if (q.from)
        p.append({QStringLiteral("from"), protocol::formatTime(*q.from)});
    if (q.to)
        p.append({QStringLiteral("to"), protocol::formatTime(*q.to)});
    if (!q.verificationId.isEmpty())
        p.append({QStringLiteral("verificationId"), q.verificationId});
    return p;
}

} // namespace

ApiClient::ApiClient(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport) {}

ApiClient::~ApiClient() {
    const auto ids = m_calls.keys();
    for (CallId id : ids)
        cancel(id);
    clearSessionToken();
}

void ApiClient::setServerUrl(const QUrl &url) {
    m_serverUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QUrl ApiClient::serverUrl() const {
    return m_serverUrl;
}

void ApiClient::setSessionToken(const QByteArray &token) {
    clearSessionToken();
    m_token = token;
}

void ApiClient::clearSessionToken() {
    // Overwrite before release so the token does not linger in freed heap memory; detach
    // first so a shared copy elsewhere is not touched.
    if (!m_token.isEmpty()) {
        m_token.detach();
        m_token.fill('\0');
    }
    m_token.clear();
}

bool ApiClient::hasSessionToken() const {
    return !m_token.isEmpty();
}

void ApiClient::cancel(CallId id) {
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const Transport::RequestId request = it->request;
    qCDebug(lcApi) << "cancel" << it->method << it->path;
    m_calls.erase(it);
    if (m_transport)
        m_transport->abort(request);
}

bool ApiClient::isActive(CallId id) const {
    return m_calls.contains(id);
}

ApiClient::CallId ApiClient::send(const QByteArray &method, const QString &path,
                                  const QList<QPair<QString, QString>> &query,
                                  const QByteArray &body, bool authenticated, QObject *context,
                                  RawHandler handler) {
    const CallId id = m_nextId++;
    Call call;
    call.context = context;
    call.hasContext = context != nullptr;
    call.authenticated = authenticated;
    call.method = method;
    call.path = path;
    call.startedMs = QDateTime::currentMSecsSinceEpoch();
    call.handler = std::move(handler);

    HttpRequest request;
    request.method = method;
    QUrl url = m_serverUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) // StripTrailingSlash keeps a lone "/"
        base.chop(1);
    url.setPath(QString(base + path), QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q);
    }
    request.url = url;
    request.body = body;
    if (authenticated)
        request.bearerToken = m_token;

    m_calls.insert(id, call);
    if (!m_transport) {
        HttpResponse dead;
        dead.error = HttpResponse::NetworkError::Other;
        dead.errorString = QStringLiteral("no transport");
        QMetaObject::invokeMethod(
            this, [this, id, dead] { complete(id, dead); }, Qt::QueuedConnection);
        return id;
    }
    // Only method and path are logged: queries may hold search text, bodies passwords.
    qCDebug(lcApi).noquote() << "->" << method << path;
    m_calls[id].request =
        m_transport->send(request, [this, id](const HttpResponse &r) { complete(id, r); });
    return id;
}

void ApiClient::complete(CallId id, const HttpResponse &response) {
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const Call call = *it;
    m_calls.erase(it);

    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - call.startedMs;
    std::optional<ApiFailure> failure;
    if (response.error != HttpResponse::NetworkError::None || response.status < 200 ||
        response.status >= 300)
        failure = ApiFailure::fromResponse(response, m_serverUrl);

    if (failure) {
        qCInfo(lcApi).noquote() << call.method << call.path
                                << "failed:" << ApiFailure::kindName(failure->kind)
                                << failure->httpStatus << failure->code << failure->detail
                                << QStringLiteral("(%1 ms)").arg(ms);
    } else {
        qCInfo(lcApi).noquote() << call.method << call.path << response.status
                                << QStringLiteral("(%1 ms)").arg(ms);
    }

    const bool expired =
        failure && failure->kind == ApiFailure::Kind::Unauthenticated && call.authenticated;
    if (!call.hasContext || call.context)
        call.handler(response, failure);
    if (expired)
        Q_EMIT sessionExpired();
}

ApiClient::CallId ApiClient::createSession(const QString &username, const QString &password,
                                           QObject *context, Callback<protocol::SessionInfo> done) {
    const QByteArray body =
        jsonBody({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    auto handler =
        decoded<protocol::SessionInfo>(std::move(done), [](const QJsonObject &o, DecodeError *e) {
            auto info = protocol::SessionInfo::fromJson(o, e);
            if (info && (!info->token || info->token->isEmpty())) {
                e->field = QStringLiteral("token");
                e->message = QStringLiteral("token is missing");
                return std::optional<protocol::SessionInfo>();
            }
            return info;
        });
    return send("POST", QStringLiteral("/api/v1/session"), {}, body, false, context,
                std::move(handler));
}

ApiClient::CallId ApiClient::getSession(QObject *context, Callback<protocol::SessionInfo> done) {
    return send("GET", QStringLiteral("/api/v1/session"), {}, {}, true, context,
                dto<protocol::SessionInfo>(std::move(done)));
}

ApiClient::CallId ApiClient::deleteSession(QObject *context, Callback<NoContent> done) {
    return send("DELETE", QStringLiteral("/api/v1/session"), {}, {}, true, context,
                noContent(std::move(done)));
}

ApiClient::CallId ApiClient::searchUsers(const QString &query, int offset, int limit,
                                         QObject *context,
                                         Callback<protocol::Page<protocol::User>> done) {
    return send("GET", QStringLiteral("/api/v1/users"),
                {{QStringLiteral("q"), query},
                 {QStringLiteral("offset"), QString::number(offset)},
                 {QStringLiteral("limit"), QString::number(limit)}},
                {}, true, context, dto<protocol::Page<protocol::User>>(std::move(done)));
}

ApiClient::CallId ApiClient::userDetail(const QString &userId, QObject *context,
                                        Callback<protocol::UserDetail> done) {
    return send("GET", QString(QStringLiteral("/api/v1/users/") + segment(userId)), {}, {}, true,
                context, dto<protocol::UserDetail>(std::move(done)));
}

ApiClient::CallId ApiClient::updateToken(const QString &serial, const TokenPatch &patch,
                                         QObject *context, Callback<protocol::Token> done) {
    QJsonObject o;
    if (patch.pushEnabled)
        o.insert(QStringLiteral("pushEnabled"), *patch.pushEnabled);
    if (patch.state)
        o.insert(QStringLiteral("state"), wire::toWire(*patch.state));
    return send("PATCH", QString(QStringLiteral("/api/v1/tokens/") + segment(serial)), {},
                jsonBody(o), true, context, dto<protocol::Token>(std::move(done)));
}

ApiClient::CallId ApiClient::createActivationCode(const QString &serial, QObject *context,
                                                  Callback<QString> done) {
    auto handler = decoded<QString>(std::move(done), [](const QJsonObject &o, DecodeError *e) {
        protocol::JsonReader r(o);
        const QString code = r.string(QStringLiteral("activationCode"));
        if (!r.ok()) {
            *e = r.error();
            return std::optional<QString>();
        }
        return std::optional<QString>(code);
    });
    return send("POST",
                QString(QStringLiteral("/api/v1/tokens/") + segment(serial) +
                        QStringLiteral("/activation")),
                {}, jsonBody({}), true, context, std::move(handler));
}

ApiClient::CallId ApiClient::tokenAction(const QString &serial, wire::FollowUpAction action,
                                         const QString &verificationId, QObject *context,
                                         Callback<protocol::Token> done) {
    const QByteArray body = jsonBody({{QStringLiteral("action"), wire::toWire(action)},
                                      {QStringLiteral("verificationId"), verificationId}});
    return send(
        "POST",
        QString(QStringLiteral("/api/v1/tokens/") + segment(serial) + QStringLiteral("/actions")),
        {}, body, true, context, dto<protocol::Token>(std::move(done)));
}

ApiClient::CallId ApiClient::policy(QObject *context, Callback<protocol::Policy> done) {
    return send("GET", QStringLiteral("/api/v1/policy"), {}, {}, true, context,
                dto<protocol::Policy>(std::move(done)));
}

ApiClient::CallId ApiClient::updatePolicy(const protocol::Policy &policy, QObject *context,
                                          Callback<protocol::Policy> done) {
    return send("PUT", QStringLiteral("/api/v1/policy"), {}, jsonBody(policy.toJson()), true,
                context, dto<protocol::Policy>(std::move(done)));
}

ApiClient::CallId ApiClient::updatePolicy(const PolicyPatch &patch, QObject *context,
                                          Callback<protocol::Policy> done) {
    QJsonObject o;
    if (patch.pushOtpEnabled)
        o.insert(QStringLiteral("pushOtpEnabled"), *patch.pushOtpEnabled);
    if (patch.numericChallengeEnabled)
        o.insert(QStringLiteral("numericChallengeEnabled"), *patch.numericChallengeEnabled);
    if (patch.organizationName)
        o.insert(QStringLiteral("organizationName"), *patch.organizationName);
    if (patch.followUpWindowMinutes)
        o.insert(QStringLiteral("followUpWindowMinutes"), *patch.followUpWindowMinutes);
    return send("PUT", QStringLiteral("/api/v1/policy"), {}, jsonBody(o), true, context,
                dto<protocol::Policy>(std::move(done)));
}

ApiClient::CallId ApiClient::account(QObject *context, Callback<protocol::Account> done) {
    return send("GET", QStringLiteral("/api/v1/account"), {}, {}, true, context,
                dto<protocol::Account>(std::move(done)));
}

ApiClient::CallId ApiClient::updateAccount(const AccountPatch &patch, QObject *context,
                                           Callback<protocol::Account> done) {
    QJsonObject o;
    if (patch.name)
        o.insert(QStringLiteral("name"), *patch.name);
    if (patch.helpdeskPushVerification)
        o.insert(QStringLiteral("features"),
                 QJsonObject{{QStringLiteral("helpdeskPushVerification"),
                              *patch.helpdeskPushVerification}});
    return send("PUT", QStringLiteral("/api/v1/account"), {}, jsonBody(o), true, context,
                dto<protocol::Account>(std::move(done)));
}

ApiClient::CallId ApiClient::createVerification(const QString &userId, const QString &tokenSerial,
                                                const std::optional<QString> &ticket,
                                                QObject *context,
                                                Callback<protocol::Verification> done) {
    QJsonObject o{{QStringLiteral("userId"), userId}, {QStringLiteral("tokenSerial"), tokenSerial}};
    if (ticket && !ticket->isEmpty())
        o.insert(QStringLiteral("ticket"), *ticket);
    return send("POST", QStringLiteral("/api/v1/verifications"), {}, jsonBody(o), true, context,
                dto<protocol::Verification>(std::move(done)));
}

ApiClient::CallId ApiClient::verification(const QString &id, QObject *context,
                                          Callback<protocol::Verification> done) {
    return send("GET", QString(QStringLiteral("/api/v1/verifications/") + segment(id)), {}, {},
                true, context, dto<protocol::Verification>(std::move(done)));
}

ApiClient::CallId ApiClient::cancelVerification(const QString &id, QObject *context,
                                                Callback<NoContent> done) {
    return send("DELETE", QString(QStringLiteral("/api/v1/verifications/") + segment(id)), {}, {},
                true, context, noContent(std::move(done)));
}

ApiClient::CallId
ApiClient::authenticationAudit(const AuditQuery &query, QObject *context,
                               Callback<protocol::Page<protocol::AuthAuditEntry>> done) {
    auto params = auditParameters(query);
    if (!query.userId.isEmpty())
        params.append({QStringLiteral("userId"), query.userId});
    if (!query.result.isEmpty())
        params.append({QStringLiteral("result"), query.result});
    return send("GET", QStringLiteral("/api/v1/audit/authentication"), params, {}, true, context,
                dto<protocol::Page<protocol::AuthAuditEntry>>(std::move(done)));
}

ApiClient::CallId
ApiClient::operatorAudit(const AuditQuery &query, QObject *context,
                         Callback<protocol::Page<protocol::OperatorAuditEntry>> done) {
    auto params = auditParameters(query);
    if (!query.operatorName.isEmpty())
        params.append({QStringLiteral("operator"), query.operatorName});
    if (!query.actionType.isEmpty())
        params.append({QStringLiteral("actionType"), query.actionType});
    return send("GET", QStringLiteral("/api/v1/audit/operator"), params, {}, true, context,
                dto<protocol::Page<protocol::OperatorAuditEntry>>(std::move(done)));
}

} // namespace vd::app
