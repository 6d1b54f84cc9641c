// SPDX-License-Identifier: MIT
// Every way a server call can fail, as one value with a message a person can act on.
#pragma once

#include "transport.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace vd::app {

struct ApiFailure {
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)
public:
    enum class Kind {
        Unreachable,     // no connection to the server
        Tls,             // certificate / handshake problem
        Timeout,         // no answer in time
        BadRequest,      // 400, 405, 413, 415: the console sent something the server refused
        Unauthenticated, // 401: sign in again (or bad credentials on sign-in)
        Forbidden,       // 403: role or feature flag (code tells which)
        NotFound,        // 404
        Conflict,        // 409 (verification_pending, already_finished)
        Gone,            // 410
        Unprocessable,   // 422 (not_push_capable, invalid_choice)
        RateLimited,     // 429 (retryAfterSeconds)
        Server,          // 5xx
        MalformedReply,  // an answer we could not decode; never treated as success
        Other,
    };

    Kind kind = Kind::Other;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString code;               // the server's error.code, e.g. "verification_pending"
    QString message;            // for the operator: what happened and what to do
    int retryAfterSeconds = -1; // 429 only; -1 when not given
    QString detail;             // technical detail for the log (server message, decode error)

    // Maps an HTTP answer (status >= 400) or a network error. `serverUrl` names the
    // server in messages about reaching it.
    static ApiFailure fromResponse(const HttpResponse &response, const QUrl &serverUrl);
    // A reply that arrived but could not be decoded.
    static ApiFailure malformed(const QString &what, int httpStatus);

    static QString kindName(Kind kind); // for logs and tests
};

} // namespace vd::app
