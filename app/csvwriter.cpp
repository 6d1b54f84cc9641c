// SPDX-License-Identifier: MIT
// CsvWriter: RFC 4180 quoting.
#include "csvwriter.h"

namespace vd::app {

QString CsvWriter::field(const QString &value) {
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QString(QLatin1Char('"') + escaped + QLatin1Char('"'));
}

QByteArray CsvWriter::record(const QStringList &fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return QString(out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace vd::app
