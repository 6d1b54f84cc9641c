// SPDX-License-Identifier: MIT
// VerificationController test class, shared by its two source files (flow and guards).
#pragma once

#include "apiclient.h"
#include "fakeclock.h"
#include "faketransport.h"
#include "fixtures.h"
#include "verificationcontroller.h"
#include "verificationeventsource.h"
#include "verificationrig.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace vdtest {
inline const QString &kPost = vd::test::VerificationRig::PostPath;
inline const QString &kV1 = vd::test::VerificationRig::V1Path;
inline constexpr int kWait = 5000; // generous: the CI machine is shared and slow

// The exact texts of API.md and the spec's "Recommended action" column.
inline const QString kApproved = QStringLiteral(
    "User Authenticated — Service team can proceed with password/privilege changes.");
inline const QString kWrong = QStringLiteral(
    "Authentication Failed — Wrong number selected. Service team should NOT proceed.");
inline const QString kDenied =
    QStringLiteral("Authentication Failed — Service team should NOT proceed.");
inline const QString kTimedOut =
    QStringLiteral("Push authentication timed out. Please escalate to next verification tier.");
inline const QString kNotSent = QStringLiteral(
    "Failed to send push notification. Please check the token configuration and try again.");
} // namespace vdtest

class TestVerificationController : public QObject {
    Q_OBJECT

    using Rig = vd::test::VerificationRig;

private Q_SLOTS:
    void results_data();
    void results();
    void dispatchFailedReasons_data();
    void dispatchFailedReasons();
    void cancelWhileSending();
    void cancelWhileWaiting();
    void lateAnswersAfterCancelAreIgnored();
    void pollsNeverOverlap();
    void countdownFollowsClock();
    void countdownZeroKeepsPollingThenServerTimesOut();
    void expiryGraceEndsInErrorNotResult();
    void autoHide_data();
    void autoHide();
    void networkDropShowsReconnecting();
    void unauthorizedMidFlow();
    void unauthorizedOnPost();
    void neverAuthenticatedWithoutServerApproval_data();
    void neverAuthenticatedWithoutServerApproval();
    void postErrors_data();
    void postErrors();
    void eventAppliesAtOnce();
    void eventBeforePostReply();
    void plainMode();
    void startIgnoredWhileInFlight();
    void destroyedWhileWaitingCancelsOnServer();
};
