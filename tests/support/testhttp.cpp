// SPDX-License-Identifier: MIT
// Synchronous HTTP for tests against a running server.
#include "testhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace vd::test {

QByteArray TestHttp::Reply::header(const QByteArray &name) const {
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString TestHttp::Reply::errorCode() const {
    return object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString TestHttp::Reply::errorMessage() const {
    return object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QString TestHttp::Reply::describe() const {
    if (status == 0)
        return QStringLiteral("no HTTP reply (%1)").arg(networkError);
    return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(2000)));
}

TestHttp::TestHttp(QUrl baseUrl, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs) {
    // Tests talk to 127.0.0.1 only; an http_proxy in the environment must not interfere.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

namespace {

QByteArray jsonBytes(const QJsonObject &body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace

TestHttp::Reply TestHttp::get(const QString &path, const QJsonObject &, const QByteArray &bearer) {
    return request("GET", path, {}, {}, bearer);
}

TestHttp::Reply TestHttp::post(const QString &path, const QJsonObject &body,
                               const QByteArray &bearer) {
    return request("POST", path, jsonBytes(body), JsonType, bearer);
}

TestHttp::Reply TestHttp::put(const QString &path, const QJsonObject &body,
                              const QByteArray &bearer) {
    return request("PUT", path, jsonBytes(body), JsonType, bearer);
}

TestHttp::Reply TestHttp::patch(const QString &path, const QJsonObject &body,
                                const QByteArray &bearer) {
    return request("PATCH", path, jsonBytes(body), JsonType, bearer);
}

TestHttp::Reply TestHttp::del(const QString &path, const QJsonObject &body,
                              const QByteArray &bearer) {
    if (body.isEmpty())
        return request("DELETE", path, {}, {}, bearer);
    return request("DELETE", path, jsonBytes(body), JsonType, bearer);
}

TestHttp::Reply TestHttp::request(const QByteArray &verb, const QString &path,
                                  const QByteArray &body, const QByteArray &contentType,
                                  const QByteArray &bearer, const QList<Header> &extraHeaders) {
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer " + bearer));
    for (const Header &h : extraHeaders)
        request.setRawHeader(h.first, h.second);

    QNetworkReply *reply = body.isEmpty() && verb == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timed out after %1 ms").arg(m_timeoutMs);
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

QByteArray TestHttp::signIn(const QString &username, const QString &password) {
    const Reply reply =
        post(QStringLiteral("/api/v1/session"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status != 201)
        return {};
    return reply.object().value(QStringLiteral("token")).toString().toUtf8();
}

QString TestHttp::activationCode(const QByteArray &bearer, const QString &serial) {
    const Reply reply = post(QStringLiteral("/api/v1/tokens/%1/activation")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(serial))),
                             {}, bearer);
    if (reply.status != 201)
        return {};
    return reply.object().value(QStringLiteral("activationCode")).toString();
}

QByteArray TestHttp::sendRaw(const QByteArray &bytes, int timeoutMs) {
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port(80)));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray response;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(50))
            response += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            response += socket.readAll();
            break;
        }
        // A keep-alive server leaves the connection open: stop at the end of one response.
        if (isCompleteResponse(response))
            break;
    }
    return response;
}

bool TestHttp::isCompleteResponse(const QByteArray &response) {
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> headerLines = response.left(headerEnd).split('\n');
    for (const QByteArray &line : headerLines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qsizetype length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && response.size() - (headerEnd + 4) >= length;
        }
    }
    // No length: complete only when the status forbids a body.
    const int status = statusOfRaw(response);
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}

int TestHttp::statusOfRaw(const QByteArray &response) {
    // "HTTP/1.1 400 Bad Request"
    if (!response.startsWith("HTTP/"))
        return 0;
    const qsizetype space = response.indexOf(' ');
    if (space < 0)
        return 0;
    return response.mid(space + 1, 3).toInt();
}

} // namespace vd::test
