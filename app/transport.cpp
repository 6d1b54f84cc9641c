// SPDX-License-Identifier: MIT
// Transport base: header lookup shared by every implementation.
#include "transport.h"

namespace vd::app {

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Transport::Transport(QObject *parent)
    : QObject(parent) {}

Transport::~Transport() = default;

} // namespace vd::app
