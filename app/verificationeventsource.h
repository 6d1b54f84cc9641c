// SPDX-License-Identifier: MIT
// What VerificationController listens to for pushed verification updates (EventStream in
// production, a bare instance in tests).
#pragma once

#include "dto.h"

#include <QObject>

namespace vd::app {

class VerificationEventSource : public QObject {
    Q_OBJECT
public:
    explicit VerificationEventSource(QObject *parent = nullptr);
    ~VerificationEventSource() override;

Q_SIGNALS:
    void verificationUpdated(const vd::protocol::Verification &verification);
};

} // namespace vd::app
