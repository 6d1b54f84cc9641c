// SPDX-License-Identifier: MIT
// An HTTP error answer the connection guard writes itself before closing a connection.
#pragma once

#include <QByteArray>
#include <QString>

namespace vd::server {

struct Refusal {
    int status = 400;
    QString code;    // vd::wire::error::*
    QString message; // human text for the JSON body; never echoes request bytes

    // A complete HTTP/1.1 response: JSON error body, Connection: close, exact Content-Length.
    QByteArray toHttp() const;
};

} // namespace vd::server
