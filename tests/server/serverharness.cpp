// SPDX-License-Identifier: MIT
// The calls server tests repeat, against the real verifydesk-server.
#include "serverharness.h"

#include <QJsonDocument>
#include <QStringList>

namespace vd::test {

namespace {
QString encoded(const QString &segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

bool ServerHarness::start(const QStringList &extraArgs) {
    m_sessions.clear();
    m_created.clear();
    if (!m_server.start(extraArgs))
        return false;
    m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    return true;
}

bool ServerHarness::restart(const QStringList &extraArgs) {
    if (!m_server.restart(extraArgs))
        return false;
    m_http->setBaseUrl(m_server.baseUrl());
    return true;
}

QUrl ServerHarness::webSocketUrl(const QString &path) const {
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(path);
    return url;
}

QByteArray ServerHarness::bearer(const QString &username) {
    QByteArray &token = m_sessions[username];
    if (token.isEmpty())
        token = m_http->signIn(username, username);
    return token;
}

QByteArray ServerHarness::activateDevice(const QString &serial) {
    const QString code = m_http->activationCode(bearer(QStringLiteral("admin")), serial);
    if (code.isEmpty())
        return {};
    const Reply reply = m_http->post(
        QStringLiteral("/device/v1/activate"),
        {{QStringLiteral("serial"), serial}, {QStringLiteral("activationCode"), code}});
    if (reply.status != 201)
        return {};
    return reply.object().value(QStringLiteral("deviceToken")).toString().toUtf8();
}

ServerHarness::Reply ServerHarness::startVerification(const QString &operatorName,
                                                      const QString &userId, const QString &serial,
                                                      const std::optional<QString> &ticket) {
    QJsonObject body{{QStringLiteral("userId"), userId}, {QStringLiteral("tokenSerial"), serial}};
    if (ticket)
        body.insert(QStringLiteral("ticket"), *ticket);
    Reply reply = m_http->post(QStringLiteral("/api/v1/verifications"), body, bearer(operatorName));
    if (reply.status == 201 &&
        reply.object().value(QStringLiteral("state")).toString() == QLatin1String("pending"))
        m_created.insert(reply.object().value(QStringLiteral("id")).toString(), operatorName);
    return reply;
}

ServerHarness::Reply ServerHarness::verification(const QString &operatorName, const QString &id) {
    return m_http->get(QStringLiteral("/api/v1/verifications/") + encoded(id), {},
                       bearer(operatorName));
}

QString ServerHarness::stateOf(const QString &id) {
    const Reply reply = verification(QStringLiteral("auditor"), id);
    return reply.status == 200 ? reply.object().value(QStringLiteral("state")).toString()
                               : QString();
}

void ServerHarness::cancelPending() {
    if (!m_http || !m_server.isRunning()) {
        m_created.clear();
        return;
    }
    for (auto it = m_created.constBegin(); it != m_created.constEnd(); ++it) {
        if (stateOf(it.key()) == QLatin1String("pending"))
            m_http->del(QStringLiteral("/api/v1/verifications/") + encoded(it.key()), {},
                        bearer(it.value()));
    }
    m_created.clear();
}

QJsonArray ServerHarness::deviceRequests(const QByteArray &deviceToken) {
    const Reply reply = m_http->get(QStringLiteral("/device/v1/requests"), {}, deviceToken);
    if (reply.status != 200)
        return {};
    return reply.object().value(QStringLiteral("items")).toArray();
}

QJsonObject ServerHarness::onlyRequest(const QByteArray &deviceToken) {
    const QJsonArray items = deviceRequests(deviceToken);
    return items.size() == 1 ? items.first().toObject() : QJsonObject();
}

ServerHarness::Reply ServerHarness::answer(const QByteArray &deviceToken, const QString &requestId,
                                           const QString &action, std::optional<int> choice) {
    QJsonObject body{{QStringLiteral("action"), action}};
    if (choice)
        body.insert(QStringLiteral("choice"), *choice);
    return answerBody(deviceToken, requestId, body);
}

ServerHarness::Reply ServerHarness::answerBody(const QByteArray &deviceToken,
                                               const QString &requestId, const QJsonObject &body) {
    return m_http->post(QStringLiteral("/device/v1/requests/%1/response").arg(encoded(requestId)),
                        body, deviceToken);
}

ServerHarness::Reply ServerHarness::putPolicy(const QJsonObject &patch) {
    return m_http->put(QStringLiteral("/api/v1/policy"), patch, bearer(QStringLiteral("admin")));
}

ServerHarness::Reply ServerHarness::putAccount(const QJsonObject &patch) {
    return m_http->put(QStringLiteral("/api/v1/account"), patch, bearer(QStringLiteral("admin")));
}

QList<QJsonObject> ServerHarness::allAuditItems(const QString &list, const QString &extraQuery) {
    QList<QJsonObject> items;
    constexpr int PageSize = 500;
    for (int offset = 0;; offset += PageSize) {
        QString path = QStringLiteral("/api/v1/audit/%1?offset=%2&limit=%3")
                           .arg(list)
                           .arg(offset)
                           .arg(PageSize);
        if (!extraQuery.isEmpty())
            path += QLatin1Char('&') + extraQuery;
        const Reply reply = m_http->get(path, {}, bearer(QStringLiteral("auditor")));
        if (reply.status != 200)
            return items;
        const QJsonArray page = reply.object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : page)
            items.append(v.toObject());
        if (page.size() < PageSize)
            return items;
    }
}

QList<QJsonObject> ServerHarness::authenticationEntries(const QString &verificationId) {
    QList<QJsonObject> mine;
    for (const QJsonObject &e : allAuditItems(QStringLiteral("authentication"))) {
        if (e.value(QStringLiteral("verificationId")).toString() == verificationId)
            mine.append(e);
    }
    return mine;
}

QList<QJsonObject> ServerHarness::operatorEntries(const QString &verificationId) {
    QList<QJsonObject> mine;
    for (const QJsonObject &e : allAuditItems(QStringLiteral("operator"))) {
        if (e.value(QStringLiteral("verificationId")).toString() == verificationId)
            mine.append(e);
    }
    return mine;
}

bool ServerHarness::isHealthy(int timeoutMs) {
    if (!m_server.isRunning())
        return false;
    TestHttp probe(m_server.baseUrl(), timeoutMs);
    const Reply reply = probe.get(QStringLiteral("/healthz"));
    return reply.status == 200 &&
           reply.object() == QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}};
}

QString ServerHarness::errorMismatch(const Reply &reply, int status, const QString &code) {
    const auto wrong = [&reply](const QString &what) {
        return QStringLiteral("%1; got %2").arg(what, reply.describe());
    };
    if (reply.status != status)
        return wrong(QStringLiteral("expected HTTP %1 %2").arg(status).arg(code));
    if (!reply.header("Content-Type").startsWith("application/json"))
        return wrong(QStringLiteral("error bodies are JSON"));
    const QJsonObject body = reply.object();
    if (keysOf(body) != QSet<QString>{QStringLiteral("error")})
        return wrong(QStringLiteral("the body holds exactly {\"error\":…}"));
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    if (keysOf(error) != QSet<QString>{QStringLiteral("code"), QStringLiteral("message")})
        return wrong(QStringLiteral("error holds exactly code and message"));
    if (reply.errorCode() != code)
        return wrong(QStringLiteral("expected code %1").arg(code));
    if (reply.errorMessage().trimmed().isEmpty())
        return wrong(QStringLiteral("error.message must not be empty"));
    return {};
}

QSet<QString> ServerHarness::keysOf(const QJsonObject &o) {
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QString ServerHarness::describeKeys(const QJsonObject &o) {
    return QStringLiteral("keys: %1 in %2")
        .arg(o.keys().join(QLatin1Char(',')),
             QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace vd::test
