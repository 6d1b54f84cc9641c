// SPDX-License-Identifier: MIT
// The phone-like window of the simulated MobilePASS+ app.
#include "devicewindow.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::device {

namespace {

const QColor Navy(0x14, 0x2b, 0x4f);
const QColor Green(0x1e, 0x8e, 0x5a);
const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xd9, 0x82, 0x0f);
const QColor Grey(0x6b, 0x77, 0x85);

const char *const StyleSheet = R"(
#deviceWindow { background: #eef1f5; }
#header { background: #142b4f; }
#brand { color: white; font-size: 18px; font-weight: bold; }
#serial { color: #b8c6dc; font-size: 12px; }
#card { background: white; border: 1px solid #dde3ea; border-radius: 16px; }
#title { color: #142b4f; font-size: 22px; font-weight: bold; }
#subtitle, #detail { color: #4f5b69; font-size: 13px; }
#caption { color: #7b8794; font-size: 11px; font-weight: bold; letter-spacing: 1px; }
#value { color: #1c2530; font-size: 15px; }
#instruction { color: #142b4f; font-size: 14px; font-weight: bold; }
#status { color: #6b7785; font-size: 11px; }
QPushButton#number {
    background: white; color: #142b4f; border: 2px solid #142b4f; border-radius: 36px;
    font-size: 28px; font-weight: bold; min-width: 72px; max-width: 72px;
    min-height: 72px; max-height: 72px;
}
QPushButton#number:hover { background: #e3eaf5; }
QPushButton#number:pressed { background: #142b4f; color: white; }
QPushButton#approve {
    background: #1e8e5a; color: white; border: none; border-radius: 24px;
    font-size: 16px; font-weight: bold; min-height: 48px;
}
QPushButton#approve:pressed { background: #176f46; }
QPushButton#deny {
    background: white; color: #c62828; border: 2px solid #c62828; border-radius: 24px;
    font-size: 16px; font-weight: bold; min-height: 44px;
}
QPushButton#deny:pressed { background: #fdecec; }
QPushButton:disabled { color: #9aa5b1; border-color: #c9d1da; background: #f4f6f8; }
)";

QLabel *label(const QString &text, const char *objectName, QWidget *parent) {
    auto *l = new QLabel(text, parent);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    return l;
}

QColor tint(const QColor &c) {
    // A pale disc behind a glyph in the accent colour reads as "status", not "button".
    return QColor::fromRgbF(1 - (1 - c.redF()) * 0.14, 1 - (1 - c.greenF()) * 0.14,
                            1 - (1 - c.blueF()) * 0.14);
}

} // namespace

DeviceWindow::DeviceWindow(const QString &serial, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_resultTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("deviceWindow"));
    setWindowTitle(tr("MobilePASS+ — %1").arg(serial));
    setAccessibleName(tr("MobilePASS+"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedSize(360, 640);
    setStyleSheet(QLatin1String(StyleSheet));

    m_idlePage = buildIdlePage();
    m_requestPage = buildRequestPage();
    m_resultPage = buildResultPage();
    m_stack->addWidget(m_idlePage);
    m_stack->addWidget(m_requestPage);
    m_stack->addWidget(m_resultPage);

    m_status = label(tr("Connecting…"), "status", this);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setAccessibleName(tr("Connection"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(0);
    layout->addWidget(buildHeader(serial));
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    m_resultTimer->setSingleShot(true);
    m_resultTimer->setInterval(ResultDisplayMs);
    connect(m_resultTimer, &QTimer::timeout, this, &DeviceWindow::showHeadOrIdle);
    m_stack->setCurrentWidget(m_idlePage);
}

QWidget *DeviceWindow::buildHeader(const QString &serial) {
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    header->setAttribute(Qt::WA_StyledBackground);
    header->setFixedHeight(64);
    auto *mark = new StatusIcon(34, header);
    mark->setGlyph(StatusIcon::Glyph::Shield, Qt::white, QColor(0x2d, 0x5a, 0x9c));
    auto *brand = label(tr("MobilePASS+"), "brand", header);
    brand->setWordWrap(false);
    auto *serialLabel = label(serial, "serial", header);
    serialLabel->setWordWrap(false);
    serialLabel->setAccessibleName(tr("Token serial"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(18, 0, 18, 0);
    row->setSpacing(10);
    row->addWidget(mark);
    row->addWidget(brand);
    row->addStretch(1);
    row->addWidget(serialLabel);
    return header;
}

QWidget *DeviceWindow::buildIdlePage() {
    auto *page = new QWidget(this);
    auto *icon = new StatusIcon(104, page);
    icon->setGlyph(StatusIcon::Glyph::Shield, Navy, tint(Navy));
    auto *title = label(tr("No pending requests"), "title", page);
    title->setAlignment(Qt::AlignCenter);
    title->setAccessibleName(tr("No pending requests"));
    auto *detail =
        label(tr("Login requests from your service desk will appear here."), "detail", page);
    detail->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addStretch(3);
    return page;
}

QWidget *DeviceWindow::buildRequestPage() {
    auto *page = new QWidget(this);
    auto *title = label(tr("Login request"), "title", page);
    auto *subtitle = label(tr("Your service desk is verifying your identity. Respond only if "
                              "you are on a call with them."),
                           "subtitle", page);

    auto *card = new QWidget(page);
    card->setObjectName(QStringLiteral("card"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *grid = new QVBoxLayout(card);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setSpacing(2);
    auto addField = [&](const QString &caption, QLabel **value) {
        auto *c = label(caption.toUpper(), "caption", card);
        *value = label(QString(), "value", card);
        (*value)->setAccessibleName(caption);
        (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (grid->count() > 0)
            grid->addSpacing(8);
        grid->addWidget(c);
        grid->addWidget(*value);
    };
    addField(tr("Resource"), &m_resourceValue);
    addField(tr("Organization"), &m_organizationValue);
    addField(tr("User"), &m_userValue);
    addField(tr("Time"), &m_timeValue);

    m_instruction = label(QString(), "instruction", page);
    m_instruction->setAlignment(Qt::AlignCenter);

    auto *numbers = new QHBoxLayout;
    numbers->setSpacing(22);
    numbers->addStretch(1);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QPushButton(page);
        button->setObjectName(QStringLiteral("number"));
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, [this, button] {
            choose(Answer{wire::DeviceAction::Approve, button->property("choice").toInt(), {}});
        });
        m_numberButtons.append(button);
        numbers->addWidget(button);
    }
    numbers->addStretch(1);

    m_approveButton = new QPushButton(tr("Approve"), page);
    m_approveButton->setObjectName(QStringLiteral("approve"));
    m_approveButton->setAccessibleName(tr("Approve"));
    m_approveButton->setCursor(Qt::PointingHandCursor);
    connect(m_approveButton, &QPushButton::clicked, this, [this] {
        choose(Answer{wire::DeviceAction::Approve, std::nullopt, {}});
    });
    m_denyButton = new QPushButton(tr("Deny"), page);
    m_denyButton->setObjectName(QStringLiteral("deny"));
    m_denyButton->setAccessibleName(tr("Deny"));
    m_denyButton->setCursor(Qt::PointingHandCursor);
    connect(m_denyButton, &QPushButton::clicked, this, [this] {
        choose(Answer{wire::DeviceAction::Deny, std::nullopt, {}});
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 18, 20, 8);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addWidget(card);
    layout->addStretch(1);
    layout->addWidget(m_instruction);
    layout->addSpacing(4);
    layout->addLayout(numbers);
    layout->addSpacing(8);
    layout->addWidget(m_approveButton);
    layout->addWidget(m_denyButton);
    return page;
}

QWidget *DeviceWindow::buildResultPage() {
    auto *page = new QWidget(this);
    m_resultIcon = new StatusIcon(104, page);
    m_resultTitle = label(QString(), "title", page);
    m_resultTitle->setAlignment(Qt::AlignCenter);
    m_resultTitle->setAccessibleName(tr("Result"));
    m_resultDetail = label(QString(), "detail", page);
    m_resultDetail->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);
    layout->addStretch(2);
    layout->addWidget(m_resultIcon, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultDetail);
    layout->addStretch(3);
    return page;
}

DeviceWindow::Screen DeviceWindow::screen() const {
    if (m_stack->currentWidget() == m_requestPage)
        return Screen::Request;
    if (m_stack->currentWidget() == m_resultPage)
        return Screen::Result;
    return Screen::Idle;
}

QString DeviceWindow::currentRequestId() const {
    return m_queue.isEmpty() ? QString() : m_queue.first().requestId;
}

void DeviceWindow::addRequest(const protocol::PushRequest &request) {
    m_queue.append(request);
    if (m_queue.size() == 1 && screen() != Screen::Result)
        showRequest(request);
}

void DeviceWindow::withdrawRequest(const QString &requestId) {
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).requestId != requestId)
            continue;
        if (i == 0) {
            // The head stays queued until its result screen times out.
            if (screen() == Screen::Request)
                showResult(StatusIcon::Glyph::Clock, Grey, tr("Request closed"),
                           tr("This request was cancelled or has expired."));
            return;
        }
        m_queue.removeAt(i);
        return;
    }
}

void DeviceWindow::showOutcome(const QString &requestId, const Answer &,
                               const DeviceClient::Outcome &outcome) {
    if (currentRequestId() != requestId) {
        withdrawRequest(requestId);
        return;
    }
    using Kind = DeviceClient::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::State:
        if (outcome.state == QLatin1String("approved"))
            showResult(StatusIcon::Glyph::Check, Green, tr("Approved"),
                       tr("You confirmed your identity. Your service desk can proceed."));
        else if (outcome.state == QLatin1String("denied"))
            showResult(StatusIcon::Glyph::Cross, Red, tr("Denied"),
                       tr("You denied the request. Your service desk will not proceed."));
        else if (outcome.state == QLatin1String("wrong_number"))
            showResult(StatusIcon::Glyph::Cross, Red, tr("Wrong number"),
                       tr("The number you picked did not match. Your service desk will not "
                          "proceed."));
        else
            showResult(StatusIcon::Glyph::Clock, Grey, tr("Request closed"),
                       tr("This request was cancelled or has expired."));
        break;
    case Kind::Closed:
        showResult(StatusIcon::Glyph::Clock, Grey, tr("Request closed"),
                   tr("This request was cancelled or has expired."));
        break;
    case Kind::Rejected:
        showResult(StatusIcon::Glyph::Info, Amber, tr("Not accepted"), outcome.message);
        break;
    case Kind::Sent:
        showResult(StatusIcon::Glyph::Check, Navy, tr("Response sent"),
                   tr("Your answer was sent to your service desk."));
        break;
    case Kind::Failed:
        showResult(StatusIcon::Glyph::Info, Amber, tr("Could not send"), outcome.message);
        break;
    }
}

void DeviceWindow::setChannel(DeviceClient::Channel channel) {
    QString text;
    QColor dot = Grey;
    switch (channel) {
    case DeviceClient::Channel::WebSocket:
        text = tr("Connected");
        dot = Green;
        break;
    case DeviceClient::Channel::Polling:
        text = tr("Connected (polling)");
        dot = Amber;
        break;
    case DeviceClient::Channel::Offline:
        text = tr("Offline");
        break;
    }
    m_status->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span>&nbsp;%2")
                          .arg(dot.name(), text.toHtmlEscaped()));
    m_status->setAccessibleDescription(text);
}

void DeviceWindow::showHeadOrIdle() {
    if (screen() == Screen::Result && !m_queue.isEmpty())
        m_queue.removeFirst();
    if (m_queue.isEmpty())
        m_stack->setCurrentWidget(m_idlePage);
    else
        showRequest(m_queue.first());
}

void DeviceWindow::showRequest(const protocol::PushRequest &request) {
    m_answering = false;
    m_resourceValue->setText(request.resourceName);
    m_organizationValue->setText(request.organizationName);
    m_userValue->setText(request.userName);
    m_timeValue->setText(QLocale().toString(request.timestamp.toLocalTime(),
                                            QStringLiteral("d MMM yyyy, HH:mm:ss")));
    const bool numeric = request.choices.has_value();
    m_instruction->setText(numeric ? tr("Select the matching number")
                                   : tr("Approve only if you expect this request"));
    for (qsizetype i = 0; i < m_numberButtons.size(); ++i) {
        QPushButton *button = m_numberButtons.at(i);
        const bool used = numeric && i < request.choices->size();
        button->setVisible(used);
        if (!used)
            continue;
        const int n = request.choices->at(i);
        button->setText(QString::number(n));
        button->setProperty("choice", n);
        button->setAccessibleName(tr("Number %1").arg(n));
    }
    m_approveButton->setVisible(!numeric);
    setAnswerButtonsEnabled(true);
    m_stack->setCurrentWidget(m_requestPage);
}

void DeviceWindow::showResult(StatusIcon::Glyph glyph, const QColor &accent, const QString &title,
                              const QString &detail) {
    m_resultIcon->setGlyph(glyph, accent, tint(accent));
    m_resultTitle->setText(title);
    m_resultTitle->setStyleSheet(QStringLiteral("color: %1;").arg(accent.name()));
    m_resultTitle->setAccessibleDescription(title);
    m_resultDetail->setText(detail);
    m_stack->setCurrentWidget(m_resultPage);
    m_resultTimer->start();
}

void DeviceWindow::choose(const Answer &answer) {
    if (m_answering || m_queue.isEmpty())
        return;
    m_answering = true;
    setAnswerButtonsEnabled(false);
    Q_EMIT answerChosen(m_queue.first().requestId, answer);
}

void DeviceWindow::setAnswerButtonsEnabled(bool enabled) {
    for (QPushButton *button : std::as_const(m_numberButtons))
        button->setEnabled(enabled);
    m_approveButton->setEnabled(enabled);
    m_denyButton->setEnabled(enabled);
}

} // namespace vd::device
