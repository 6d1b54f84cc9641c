// SPDX-License-Identifier: MIT
// VerificationEventSource: out-of-line constructor and destructor.
#include "verificationeventsource.h"

namespace vd::app {

VerificationEventSource::VerificationEventSource(QObject *parent)
    : QObject(parent) {}

VerificationEventSource::~VerificationEventSource() = default;

} // namespace vd::app
