// SPDX-License-Identifier: MIT
// Tells the audit views to reload when a verification of this console ends (from the event
// stream or a panel's controller, whichever reports it first) or a follow-up action is taken.
#pragma once

#include "dto.h"

#include <QObject>
#include <QSet>
#include <chrono>

class QTimer;

namespace vd::app {

class VerificationController;
class VerificationEventSource;

class AuditRefreshTrigger : public QObject {
    Q_OBJECT
public:
    // The server writes a transition's audit entries in the same transaction, so they are
    // there when the news arrives; the short delay only folds a burst into one reload.
    static constexpr std::chrono::milliseconds DefaultDelay{250};

    // `events` may be nullptr (then only watched controllers count); not owned.
    explicit AuditRefreshTrigger(VerificationEventSource *events, QObject *parent = nullptr);
    ~AuditRefreshTrigger() override;

    // Also listen to a panel's controller (polling still reports when the stream is down).
    void watch(VerificationController *controller);
    void setDelay(std::chrono::milliseconds delay);

public Q_SLOTS:
    // Something else wrote audit entries (a follow-up action, a settings change).
    void notifyChanged();

Q_SIGNALS:
    void refreshNeeded();

private:
    void onVerification(const protocol::Verification &verification);

    QTimer *m_timer;
    QSet<QString> m_ended; // ids already announced: the stream and the poll both report one
};

} // namespace vd::app
