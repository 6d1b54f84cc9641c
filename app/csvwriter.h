// SPDX-License-Identifier: MIT
// CSV as RFC 4180 describes it, encoded as UTF-8: what incident reports and spreadsheets read.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vd::app {

class CsvWriter {
public:
    // Quoted when it holds a comma, a double quote, CR or LF; inner quotes are doubled.
    // Nothing is trimmed or cut: the value is written whole.
    static QString field(const QString &value);
    // One record: the fields joined by commas and ended by CRLF, in UTF-8.
    static QByteArray record(const QStringList &fields);
};

} // namespace vd::app
