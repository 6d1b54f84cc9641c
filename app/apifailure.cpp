// SPDX-License-Identifier: MIT
// ApiFailure: status and error code to kind and an operator-facing message.
#include "apifailure.h"

#include "wire.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::app {
namespace {

QString serverName(const QUrl &serverUrl) {
    const QString s = serverUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                         QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return s.isEmpty() ? QStringLiteral("(no address)") : s;
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray &value) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

} // namespace

ApiFailure ApiFailure::fromResponse(const HttpResponse &response, const QUrl &serverUrl) {
    ApiFailure f;
    const QString server = serverName(serverUrl);
    switch (response.error) {
    case HttpResponse::NetworkError::None:
        break;
    case HttpResponse::NetworkError::Unreachable:
        f.kind = Kind::Unreachable;
        f.detail = response.errorString;
        f.message = tr("Cannot reach the VerifyDesk server at %1. Check the address and your "
                       "network.")
                        .arg(server);
        return f;
    case HttpResponse::NetworkError::Timeout:
        f.kind = Kind::Timeout;
        f.detail = response.errorString;
        f.message = tr("The VerifyDesk server at %1 did not answer in time. Try again; if it "
                       "keeps happening, check your network or contact IT.")
                        .arg(server);
        return f;
    case HttpResponse::NetworkError::Tls:
        f.kind = Kind::Tls;
        f.detail = response.errorString;
        f.message = tr("The secure connection to %1 could not be verified (%2). Check the server "
                       "address, or ask IT for the certificate authority bundle to configure.")
                        .arg(server, response.errorString);
        return f;
    case HttpResponse::NetworkError::Other:
        f.kind = Kind::Unreachable;
        f.detail = response.errorString;
        f.message = tr("The connection to the VerifyDesk server at %1 failed (%2). Check the "
                       "address and your network.")
                        .arg(server, response.errorString);
        return f;
    }

    f.httpStatus = response.status;
    // The error body is informative; a missing or odd one does not change the status mapping.
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    f.code = error.value(QStringLiteral("code")).toString();
    const QString serverMessage = error.value(QStringLiteral("message")).toString();
    f.detail = serverMessage;
    const auto is = [&f](const char *code) {
        return f.code == QLatin1String(code);
    };
    const int status = response.status;

    if (status == 401) {
        f.kind = Kind::Unauthenticated;
        f.message = is(wire::error::InvalidCredentials)
                        ? tr("The username or password is incorrect.")
                        : tr("Your session has expired. Please sign in again.");
    } else if (status == 403) {
        f.kind = Kind::Forbidden;
        if (is(wire::error::FeatureDisabled))
            f.message = tr("Helpdesk Push Verification is not enabled for this account. Contact "
                           "your account administrator.");
        else if (is(wire::error::VerificationRequired))
            f.message = tr("This action needs an approved push verification of this user within "
                           "the follow-up window. Verify the caller first.");
        else
            f.message = tr("Your role does not allow this action. Ask an administrator if you "
                           "need it.");
    } else if (status == 404) {
        f.kind = Kind::NotFound;
        f.message = tr("The requested item was not found on the server. It may have been "
                       "removed; refresh and try again.");
    } else if (status == 409) {
        f.kind = Kind::Conflict;
        if (is(wire::error::VerificationPending))
            f.message = tr("A verification is already waiting for this token.");
        else if (is(wire::error::AlreadyFinished))
            f.message = tr("This verification has already finished.");
        else
            f.message = tr("The request conflicts with the current state on the server. Refresh "
                           "and try again.");
    } else if (status == 410) {
        f.kind = Kind::Gone;
        f.message = tr("This request is no longer open.");
    } else if (status == 422) {
        f.kind = Kind::Unprocessable;
        if (is(wire::error::NotPushCapable))
            f.message = tr("This token cannot receive push notifications; only MobilePASS+ "
                           "tokens can.");
        else
            f.message =
                serverMessage.isEmpty()
                    ? tr("The server could not carry out this request.")
                    : tr("The server could not carry out this request: %1").arg(serverMessage);
    } else if (status == 429) {
        f.kind = Kind::RateLimited;
        f.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
        f.message =
            f.retryAfterSeconds >= 0
                ? tr("Too many attempts. Try again in %n second(s).", nullptr, f.retryAfterSeconds)
                : tr("Too many attempts. Wait a moment and try again.");
    } else if (status >= 500) {
        f.kind = Kind::Server;
        f.message = tr("The VerifyDesk server at %1 had a problem (HTTP %2). Try again later; if "
                       "it keeps happening, contact IT.")
                        .arg(server)
                        .arg(status);
    } else if (status >= 400) {
        f.kind = Kind::BadRequest;
        f.message = tr("The server refused the request (HTTP %1%2). Make sure the console and the "
                       "server versions match.")
                        .arg(status)
                        .arg(f.code.isEmpty() ? QString() : QString(QStringLiteral(", ") + f.code));
    } else {
        // 1xx/3xx (redirects are not followed, so a token never goes to another host).
        f.kind = Kind::Other;
        f.message = tr("The server at %1 gave an unexpected answer (HTTP %2). Check the server "
                       "address.")
                        .arg(server)
                        .arg(status);
    }
    return f;
}

ApiFailure ApiFailure::malformed(const QString &what, int httpStatus) {
    ApiFailure f;
    f.kind = Kind::MalformedReply;
    f.httpStatus = httpStatus;
    f.detail = what;
    f.message = tr("The server sent a reply the console could not read. Check that the address "
                   "points to a VerifyDesk server of a matching version.");
    return f;
}

QString ApiFailure::kindName(Kind kind) {
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Gone:
        return QStringLiteral("gone");
    case Kind::Unprocessable:
        return QStringLiteral("unprocessable");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedReply:
        return QStringLiteral("malformed_reply");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace vd::app
