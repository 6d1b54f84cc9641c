// SPDX-License-Identifier: MIT
// Synchronous HTTP for tests against a running server: each call runs its own event loop
// with a timeout, so a hung server fails the test instead of hanging it.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vd::test {

class TestHttp {
public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Reply {
        int status = 0; // 0: no HTTP answer (see networkError)
        QList<Header> headers;
        QByteArray body;
        QJsonDocument json; // null when the body is not JSON
        QString networkError;

        QByteArray header(const QByteArray &name) const; // case-insensitive, first one
        QJsonObject object() const { return json.object(); }
        QString errorCode() const;    // error.code of an error body
        QString errorMessage() const; // error.message of an error body
        QString describe() const;     // "HTTP 404 {…}" for failure messages
    };

    explicit TestHttp(QUrl baseUrl, int timeoutMs = DefaultTimeoutMs);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }

    // path is absolute with an optional query ("/api/v1/users?q=doe"). post/put/patch send the
    // body as JSON; get ignores it; del sends it only when not empty.
    Reply get(const QString &path, const QJsonObject &body = {}, const QByteArray &bearer = {});
    Reply post(const QString &path, const QJsonObject &body = {}, const QByteArray &bearer = {});
    Reply put(const QString &path, const QJsonObject &body = {}, const QByteArray &bearer = {});
    Reply patch(const QString &path, const QJsonObject &body = {}, const QByteArray &bearer = {});
    Reply del(const QString &path, const QJsonObject &body = {}, const QByteArray &bearer = {});

    // Any method, raw body and extra headers (wrong content types, oversized bodies…).
    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = {}, const QByteArray &bearer = {},
                  const QList<Header> &extraHeaders = {});

    // POST /api/v1/session; the session token, empty on failure.
    QByteArray signIn(const QString &username, const QString &password);
    // POST /api/v1/tokens/{serial}/activation; the code, empty on failure.
    QString activationCode(const QByteArray &bearer, const QString &serial);

    // Writes bytes as they are over a new TCP connection and returns whatever comes back
    // until the server closes or timeoutMs passes (for malformed requests).
    QByteArray sendRaw(const QByteArray &bytes, int timeoutMs = DefaultTimeoutMs);
    static int statusOfRaw(const QByteArray &response); // from "HTTP/1.1 400 …", else 0
    // True once response holds a whole head and the body its Content-Length announces.
    static bool isCompleteResponse(const QByteArray &response);

    static constexpr int DefaultTimeoutMs = 15000;

private:
    QUrl m_baseUrl;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace vd::test
