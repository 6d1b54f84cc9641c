// SPDX-License-Identifier: MIT
// Benchmark (d): user search latency over a large directory, measured by the client over one
// keep-alive connection with sequential requests, for a fixed mix of queries.
#pragma once

#include "benchclient.h"

#include <QString>
#include <QUrl>

namespace vd::bench {

class SearchBench {
public:
    SearchBench(const QUrl &server, int count);

    int run(); // process exit code: 0 when every request answered 200 with a sane page

private:
    BenchClient m_client;
    int m_count;
};

} // namespace vd::bench
