// SPDX-License-Identifier: MIT
// The phone-like window of the simulated MobilePASS+ app: the login-request screen with
// Approve/Deny or three number buttons, the result, and the idle screen.
#pragma once

#include "answerpolicy.h"
#include "deviceclient.h"
#include "dto.h"
#include "statusicon.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace vd::device {

class DeviceWindow : public QWidget {
    Q_OBJECT
public:
    enum class Screen { Idle, Request, Result };

    explicit DeviceWindow(const QString &serial, QWidget *parent = nullptr);

    Screen screen() const;
    QString currentRequestId() const; // empty when idle

    static constexpr int ResultDisplayMs = 4000;

public Q_SLOTS:
    void addRequest(const vd::protocol::PushRequest &request);
    void withdrawRequest(const QString &requestId);
    void showOutcome(const QString &requestId, const vd::device::Answer &answer,
                     const vd::device::DeviceClient::Outcome &outcome);
    void setChannel(vd::device::DeviceClient::Channel channel);

Q_SIGNALS:
    void answerChosen(const QString &requestId, const vd::device::Answer &answer);

private:
    QWidget *buildHeader(const QString &serial);
    QWidget *buildIdlePage();
    QWidget *buildRequestPage();
    QWidget *buildResultPage();
    void showHeadOrIdle();
    void showRequest(const protocol::PushRequest &request);
    void showResult(StatusIcon::Glyph glyph, const QColor &accent, const QString &title,
                    const QString &detail);
    void choose(const Answer &answer);
    void setAnswerButtonsEnabled(bool enabled);

    QStackedWidget *m_stack;
    QWidget *m_idlePage;
    QWidget *m_requestPage;
    QWidget *m_resultPage;
    QLabel *m_resourceValue = nullptr;
    QLabel *m_organizationValue = nullptr;
    QLabel *m_userValue = nullptr;
    QLabel *m_timeValue = nullptr;
    QLabel *m_instruction = nullptr;
    QList<QPushButton *> m_numberButtons;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_denyButton = nullptr;
    StatusIcon *m_resultIcon = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultDetail = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_resultTimer;

    QList<protocol::PushRequest> m_queue; // first = shown
    bool m_answering = false;
};

} // namespace vd::device
