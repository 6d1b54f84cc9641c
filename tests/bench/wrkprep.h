// SPDX-License-Identifier: MIT
// Setup of benchmark (a): a pending verification to poll, the wrk script that carries the
// bearer, and a byte-identical copy of its JSON body for nginx to serve as a static file.
#pragma once

#include <QString>
#include <QUrl>

namespace vd::bench {

class WrkPrep {
public:
    WrkPrep(QUrl server, QString outDir);

    // Writes <outDir>/auth.lua (mode 0600) and <outDir>/www/api/v1/verifications/<id>;
    // prints "path=/api/v1/verifications/<id> bytes=N". Returns a process exit code.
    int run();

private:
    QUrl m_server;
    QString m_outDir;
};

} // namespace vd::bench
