// SPDX-License-Identifier: MIT
// The server-authoritative verification lifecycle: create and dispatch, device answers,
// operator cancel, timeouts (a timer per pending verification plus a start-up sweep), each
// transition decided atomically in the store together with its audit entries.
#pragma once

#include "challengegenerator.h"
#include "clock.h"
#include "pushgateway.h"
#include "store.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace vd::server {

class VerificationService : public QObject {
    Q_OBJECT
public:
    VerificationService(Store &store, PushGateway &gateway, Clock clock,
                        std::chrono::seconds timeout, QObject *parent = nullptr);
    ~VerificationService() override;

    void setChallengeGenerator(const ChallengeGenerator &generator) { m_challenges = generator; }

    // Times out what expired while the server was down and arms timers for the rest.
    Status recover();

    Result<protocol::Verification> create(const OperatorRecord &op, const QString &userId,
                                          const QString &tokenSerial,
                                          const std::optional<QString> &ticket);
    Result<protocol::Verification> get(const OperatorRecord &op, const QString &id);
    Status cancel(const OperatorRecord &op, const QString &id);

    // A device answer; the verification's new state, 410 when the request is closed.
    Result<wire::VerificationState> answer(const TokenRecord &device, const QString &requestId,
                                           wire::DeviceAction action, std::optional<int> choice);
    Result<QList<protocol::PushRequest>> openRequests(const TokenRecord &device);

    static protocol::PushRequest pushRequestOf(const VerificationRecord &r);
    int pendingCount() const { return static_cast<int>(m_timers.size()); }

Q_SIGNALS:
    // Every creation and state change, after it was committed.
    void changed(const protocol::Verification &verification);

private:
    Result<std::optional<VerificationRecord>> load(const QString &id);
    Result<VerificationRecord> loadExisting(const QString &id); // 404 when unknown
    Result<bool> finish(VerificationRecord &r, wire::VerificationState state, const QDateTime &at);
    void arm(const VerificationRecord &r);
    void disarm(const QString &id);
    void onDeadline(const QString &id);
    void remember(const VerificationRecord &r);
    Result<protocol::Verification> createDispatchFailed(VerificationRecord &r,
                                                        wire::DispatchReason reason);

    Store &m_store;
    PushGateway &m_gateway;
    Clock m_clock;
    std::chrono::seconds m_timeout;
    ChallengeGenerator m_challenges;
    QHash<QString, QTimer *> m_timers;
    // The service is the only writer, so reads can be answered from memory (GET is polled
    // every 2 s by every console).
    QCache<QString, VerificationRecord> m_recent{4096};
};

} // namespace vd::server
