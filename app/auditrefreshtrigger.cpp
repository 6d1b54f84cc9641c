// SPDX-License-Identifier: MIT
// AuditRefreshTrigger: one coalesced refreshNeeded() per ended verification.
#include "auditrefreshtrigger.h"

#include "verificationcontroller.h"
#include "verificationeventsource.h"

#include <QTimer>

namespace vd::app {

namespace {
// Bounds the memory of announced ids over a long shift; an id forgotten only costs a reload.
constexpr int MaxRemembered = 1000;
} // namespace

AuditRefreshTrigger::AuditRefreshTrigger(VerificationEventSource *events, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelay);
    connect(m_timer, &QTimer::timeout, this, &AuditRefreshTrigger::refreshNeeded);
    if (events)
        connect(events, &VerificationEventSource::verificationUpdated, this,
                &AuditRefreshTrigger::onVerification);
}

AuditRefreshTrigger::~AuditRefreshTrigger() = default;

void AuditRefreshTrigger::watch(VerificationController *controller) {
    if (controller)
        connect(controller, &VerificationController::finished, this,
                &AuditRefreshTrigger::onVerification);
}

void AuditRefreshTrigger::setDelay(std::chrono::milliseconds delay) {
    m_timer->setInterval(delay);
}

void AuditRefreshTrigger::notifyChanged() {
    m_timer->start();
}

void AuditRefreshTrigger::onVerification(const protocol::Verification &v) {
    if (!wire::isTerminal(v.state) || m_ended.contains(v.id))
        return;
    if (m_ended.size() >= MaxRemembered)
        m_ended.clear();
    m_ended.insert(v.id);
    m_timer->start();
}

} // namespace vd::app
