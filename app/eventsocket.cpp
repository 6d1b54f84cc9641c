// SPDX-License-Identifier: MIT
// EventSocket interface: out-of-line constructor and destructor.
#include "eventsocket.h"

namespace vd::app {

EventSocket::EventSocket(QObject *parent)
    : QObject(parent) {}

EventSocket::~EventSocket() = default;

void EventSocket::setSslConfiguration(const QSslConfiguration &) {}

} // namespace vd::app
