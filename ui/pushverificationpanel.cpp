// SPDX-License-Identifier: MIT
// Layout and rendering of the Push Verification panel.
#include "pushverificationpanel.h"

#include "announcer.h"
#include "busyindicator.h"
#include "glyphiconengine.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {
namespace {

using Controller = app::VerificationController;

QLabel *iconLabel(Glyph glyph, int size, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setPixmap(GlyphIconEngine::icon(glyph).pixmap(QSize(size, size)));
    label->setFixedSize(size, size);
    label->setAccessibleName(QString()); // decoration only
    return label;
}

QFont scaled(QFont font, qreal factor, bool bold) {
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

Tone toneOf(Controller::Severity severity) {
    switch (severity) {
    case Controller::Severity::Success:
        return Tone::Success;
    case Controller::Severity::Failure:
        return Tone::Failure;
    case Controller::Severity::Warning:
        return Tone::Warning;
    case Controller::Severity::None:
        break;
    }
    return Tone::Neutral;
}

// Sets text and accessible description together, so screen readers always hear the value.
void setValue(QLabel *label, const QString &text) {
    if (label->text() != text)
        label->setText(text);
    if (label->accessibleDescription() != text)
        label->setAccessibleDescription(text);
}

} // namespace

PushVerificationPanel::PushVerificationPanel(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("pushVerificationPanel"));
    setAccessibleName(QStringLiteral("Push Verification"));
    setFocusPolicy(Qt::NoFocus);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("panelHeader"));
    auto *title = new QLabel(tr("Push Verification"), header);
    title->setFont(scaled(title->font(), 1.15, true));
    m_cancel = new QToolButton(header);
    m_cancel->setAccessibleName(QStringLiteral("Cancel verification"));
    m_cancel->setToolTip(tr("Cancel verification (Esc)"));
    m_cancel->setIcon(GlyphIconEngine::icon(Glyph::Close));
    const int closeSize = fontMetrics().height();
    m_cancel->setIconSize(QSize(closeSize, closeSize));
    m_cancel->setAutoRaise(true);
    m_cancel->setFocusPolicy(Qt::StrongFocus);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 8, 8, 8);
    headerLayout->setSpacing(10);
    headerLayout->addWidget(iconLabel(Glyph::Phone, fontMetrics().height() + 4, header));
    headerLayout->addWidget(title, 1);
    headerLayout->addWidget(m_cancel, 0, Qt::AlignTop | Qt::AlignRight);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(6);
    details->setColumnStretch(1, 1);
    const auto addRow = [this, details](const QString &caption, QLabel *&value) -> QLabel * {
        auto *label = new QLabel(caption, this);
        label->setObjectName(QStringLiteral("fieldLabel"));
        value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        label->setBuddy(value);
        const int row = details->rowCount();
        details->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        details->addWidget(value, row, 1);
        return label;
    };
    addRow(tr("User"), m_userName);
    addRow(tr("Token"), m_serial);
    m_statusCaption = addRow(tr("Push status"), m_status);
    m_userName->setFont(scaled(m_userName->font(), 1.0, true));
    m_status->setAccessibleName(tr("Push status"));

    m_busy = new QWidget(this);
    auto *spinner = new BusyIndicator(m_busy);
    auto *busyText = new QLabel(tr("Contacting MobilePASS+ on the user's device"), m_busy);
    busyText->setObjectName(QStringLiteral("hintLabel"));
    busyText->setWordWrap(true);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 4, 0, 4);
    busyLayout->setSpacing(10);
    busyLayout->addWidget(spinner);
    busyLayout->addWidget(busyText, 1);
    m_busy->setAccessibleName(tr("Sending push"));

    m_reconnect = new QWidget(this);
    auto *reconnectText =
        new QLabel(tr("The server cannot be reached; retrying. Do not proceed until a result "
                      "is shown."),
                   m_reconnect);
    reconnectText->setWordWrap(true);
    reconnectText->setObjectName(QStringLiteral("warningNote"));
    auto *reconnectLayout = new QHBoxLayout(m_reconnect);
    reconnectLayout->setContentsMargins(0, 0, 0, 0);
    reconnectLayout->setSpacing(8);
    reconnectLayout->addWidget(iconLabel(Glyph::Warning, fontMetrics().height(), m_reconnect), 0,
                               Qt::AlignTop);
    reconnectLayout->addWidget(reconnectText, 1);
    m_reconnect->setAccessibleName(reconnectText->text());

    auto *body = new QVBoxLayout;
    body->setContentsMargins(18, 12, 18, 16);
    body->setSpacing(12);
    body->addLayout(details);
    body->addWidget(m_busy);
    body->addWidget(buildChallenge());
    body->addWidget(buildPlainPush());
    body->addWidget(buildWaitingRow());
    body->addWidget(m_reconnect);
    body->addWidget(buildResult());

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(1, 1, 1, 1);
    root->setSpacing(0);
    root->addWidget(header);
    root->addLayout(body);

    connect(m_cancel, &QToolButton::clicked, this, &PushVerificationPanel::requestCancel);
    setController(nullptr);
}

QWidget *PushVerificationPanel::buildChallenge() {
    m_challenge = new QWidget(this);
    auto *caption = new QLabel(tr("Read this number to the caller"), m_challenge);
    caption->setFont(scaled(caption->font(), 1.1, true));
    caption->setAlignment(Qt::AlignCenter);

    m_number = new QLabel(m_challenge);
    m_number->setObjectName(QStringLiteral("verificationNumber"));
    m_number->setAccessibleName(QStringLiteral("Verification number"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont big = m_number->font();
    big.setPixelSize(60);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 10);
    m_number->setFont(big);
    m_number->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Two digits always, so the box never changes size between numbers.
    const QFontMetrics fm(big);
    m_number->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("88")) + 60);

    auto *hint = new QLabel(tr("The caller taps this number in MobilePASS+."), m_challenge);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(m_challenge);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(caption);
    layout->addWidget(m_number, 0, Qt::AlignHCenter);
    layout->addWidget(hint);
    return m_challenge;
}

QWidget *PushVerificationPanel::buildPlainPush() {
    m_plain = new QFrame(this);
    m_plain->setObjectName(QStringLiteral("card"));
    auto *text = new QLabel(tr("Ask the caller to tap Approve in MobilePASS+"), m_plain);
    text->setFont(scaled(text->font(), 1.15, true));
    text->setWordWrap(true);
    auto *hint = new QLabel(tr("No number is shown in Plain Push mode; the caller only approves "
                               "or denies the request."),
                            m_plain);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(text);
    texts->addWidget(hint);
    auto *layout = new QHBoxLayout(m_plain);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(14);
    layout->addWidget(iconLabel(Glyph::Phone, fontMetrics().height() * 2 + 8, m_plain), 0,
                      Qt::AlignVCenter);
    layout->addLayout(texts, 1);
    m_plain->setAccessibleName(text->text());
    return m_plain;
}

QWidget *PushVerificationPanel::buildWaitingRow() {
    m_waitingRow = new QWidget(this);
    auto *caption = new QLabel(tr("Time remaining"), m_waitingRow);
    caption->setObjectName(QStringLiteral("fieldLabel"));
    m_countdown = new QLabel(m_waitingRow);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAccessibleName(QStringLiteral("Time remaining"));
    QFont digits = scaled(m_countdown->font(), 1.5, true);
    digits.setStyleHint(QFont::Monospace);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    m_countdown->setFont(digits);
    m_countdown->setMinimumWidth(QFontMetrics(digits).horizontalAdvance(QStringLiteral("00:00")));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    caption->setBuddy(m_countdown);

    auto *layout = new QHBoxLayout(m_waitingRow);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(iconLabel(Glyph::TimedOut, fontMetrics().height(), m_waitingRow));
    layout->addWidget(caption, 1);
    layout->addWidget(m_countdown);
    return m_waitingRow;
}

QWidget *PushVerificationPanel::buildResult() {
    m_result = new QFrame(this);
    m_result->setObjectName(QStringLiteral("resultBanner"));
    m_resultIcon = new QLabel(m_result);
    const int iconSize = fontMetrics().height() * 2 + 4;
    m_resultIcon->setFixedSize(iconSize, iconSize);

    m_resultText = new QLabel(m_result);
    m_resultText->setAccessibleName(QStringLiteral("Verification result"));
    m_resultText->setWordWrap(true);
    m_resultText->setFont(scaled(m_resultText->font(), 1.15, true));
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionText = new QLabel(m_result);
    m_actionText->setWordWrap(true);
    m_actionText->setAccessibleName(tr("Recommended action"));
    m_reasonText = new QLabel(m_result);
    m_reasonText->setWordWrap(true);
    m_reasonText->setAccessibleName(tr("Reason"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    texts->addWidget(m_resultText);
    texts->addWidget(m_actionText);
    texts->addWidget(m_reasonText);
    auto *layout = new QHBoxLayout(m_result);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(14);
    layout->addWidget(m_resultIcon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    return m_result;
}

void PushVerificationPanel::setController(app::VerificationController *controller) {
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        using C = app::VerificationController;
        for (auto signal : {&C::modeChanged, &C::verificationNumberChanged, &C::userNameChanged,
                            &C::tokenSerialChanged, &C::statusTextChanged, &C::countdownTextChanged,
                            &C::resultTextChanged, &C::recommendedActionChanged,
                            &C::severityChanged, &C::reasonTextChanged, &C::reconnectingChanged})
            connect(controller, signal, this, &PushVerificationPanel::render);
        connect(controller, &C::stateChanged, this, &PushVerificationPanel::render);
        connect(controller, &QObject::destroyed, this, &PushVerificationPanel::render);
    }
    render();
}

void PushVerificationPanel::render() {
    using State = Controller::State;
    const Controller *c = m_controller;
    const State state = c ? c->state() : State::Hidden;
    const bool displayed = state != State::Hidden;

    setValue(m_userName, c ? c->userName() : QString());
    setValue(m_serial, c ? c->tokenSerial() : QString());
    setValue(m_status, c ? c->statusText() : QString());

    const bool waiting = state == State::Waiting;
    const bool numeric = waiting && c->mode() == Controller::Mode::NumericChallenge &&
                         !c->verificationNumber().isEmpty();
    const bool plain = waiting && c->mode() == Controller::Mode::PlainPush;
    setValue(m_number, numeric ? c->verificationNumber() : QString());
    setValue(m_countdown, waiting ? c->countdownText() : QString());

    // In Error the message is shown once, in the result's place.
    m_statusCaption->setVisible(state != State::Error);
    m_status->setVisible(state != State::Error);
    m_busy->setVisible(state == State::Sending);
    m_challenge->setVisible(numeric);
    m_plain->setVisible(plain);
    m_waitingRow->setVisible(waiting);
    m_reconnect->setVisible(c && c->isInFlight() && c->isReconnecting());
    renderResult();

    // A top-level panel (tests) is never shown from here: that would open a window.
    if (isHidden() == displayed && (parentWidget() || !displayed))
        setVisible(displayed);
    if (displayed != m_displayed) {
        m_displayed = displayed;
        Q_EMIT displayedChanged(displayed);
    }
}

void PushVerificationPanel::renderResult() {
    using State = Controller::State;
    const Controller *c = m_controller;
    const State state = c ? c->state() : State::Hidden;
    const bool shown = state == State::Result || state == State::Error;
    m_result->setVisible(shown);
    if (!shown) {
        setValue(m_resultText, QString());
        return;
    }
    // An Error is not a verification result: it names what went wrong in the result's place.
    const QString text = c->resultText().isEmpty() ? c->statusText() : c->resultText();
    const bool announce = m_resultText->text() != text;
    setValue(m_resultText, text);
    if (announce) // spoken at once, without the operator moving focus there
        Announcer::instance()->announce(m_resultText, text);
    m_actionText->setText(c->recommendedAction());
    m_actionText->setVisible(!c->recommendedAction().isEmpty());
    m_reasonText->setText(c->reasonText().isEmpty() ? QString()
                                                    : tr("Reason: %1").arg(c->reasonText()));
    m_reasonText->setVisible(!c->reasonText().isEmpty());

    const Tone tone = state == State::Error && c->severity() == Controller::Severity::None
                          ? Tone::Warning
                          : toneOf(c->severity());
    Glyph glyph = Glyph::Warning;
    if (tone == Tone::Success)
        glyph = Glyph::Success;
    else if (tone == Tone::Failure)
        glyph = Glyph::Failure;
    else if (c->serverState() == wire::VerificationState::TimedOut)
        glyph = Glyph::TimedOut;
    const int size = m_resultIcon->width();
    m_resultIcon->setPixmap(GlyphIconEngine::icon(glyph).pixmap(QSize(size, size)));

    const QString name = Theme::toneName(tone);
    if (m_result->property(Theme::toneProperty()).toString() != name) {
        m_result->setProperty(Theme::toneProperty(), name);
        // Dynamic-property selectors are only re-evaluated on a re-polish.
        for (QWidget *w : m_result->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
        m_result->style()->unpolish(m_result);
        m_result->style()->polish(m_result);
    }
}

void PushVerificationPanel::requestCancel() {
    if (m_controller)
        m_controller->cancel();
}

void PushVerificationPanel::keyPressEvent(QKeyEvent *event) {
    // Esc while a verification waits cancels it exactly like ✕; otherwise the dialog gets it.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_controller &&
        m_controller->isInFlight()) {
        requestCancel();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace vd::ui
