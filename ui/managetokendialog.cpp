// SPDX-License-Identifier: MIT
// The Manage token dialog.
#include "managetokendialog.h"

#include "glyphiconengine.h"
#include "pushverificationpanel.h"
#include "sendpushrule.h"
#include "theme.h"
#include "ticketcheck.h"
#include "tokenlistmodel.h"
#include "verificationcontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {
namespace {

// Room for the window title bar and frame, which the available geometry does not exclude.
constexpr int FrameAllowance = 48;

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

ManageTokenDialog::ManageTokenDialog(const protocol::User &user, const protocol::Token &token,
                                     app::VerificationController *controller, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
    , m_token(token)
    , m_controller(controller) {
    setWindowTitle(tr("Manage token %1 — %2").arg(token.serial, user.displayName()));

    m_panel = new PushVerificationPanel(this);
    m_panel->hide();

    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(buildDetails());
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setSpacing(0);
    right->addWidget(buildPlaceholder());
    right->addWidget(m_panel);
    right->addStretch(1);
    m_rightColumn = right;

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(left, 4);
    columns->addLayout(right, 6);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(20, 18, 20, 16);
    root->setSpacing(16);
    root->addLayout(columns, 1);
    root->addWidget(buttons);

    setTabOrder(m_ticket, m_sendPush);
    setTabOrder(m_sendPush, m_panel->cancelButton());
    setTabOrder(m_panel->cancelButton(), close);

    connect(buttons, &QDialogButtonBox::rejected, this, &ManageTokenDialog::reject);
    connect(m_sendPush, &QPushButton::clicked, this, &ManageTokenDialog::sendPush);
    connect(m_panel, &PushVerificationPanel::displayedChanged, this,
            &ManageTokenDialog::onPanelDisplayed);
    if (controller) {
        using C = app::VerificationController;
        connect(controller, &C::stateChanged, this, &ManageTokenDialog::updateSendPush);
    }
    m_panel->setController(controller);

    renderToken();
    updateSendPush();
    const QFontMetrics fm = fontMetrics();
    setMinimumWidth(fm.averageCharWidth() * 110);
}

QWidget *ManageTokenDialog::buildDetails() {
    auto *box = new QWidget(this);
    m_serial = new QLabel(box);
    m_type = new QLabel(box);
    m_state = new QLabel(box);
    m_push = new QLabel(box);
    m_device = new QLabel(box);
    m_owner = new QLabel(box);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignLeft);
    const auto row = [form, box](const QString &caption, QLabel *value) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(caption, box);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(value);
        value->setAccessibleName(caption);
        form->addRow(label, value);
    };
    row(tr("Serial"), m_serial);
    row(tr("Type"), m_type);
    row(tr("State"), m_state);
    row(tr("Push"), m_push);
    row(tr("Device"), m_device);
    row(tr("Assigned to"), m_owner);
    QFont bold = m_serial->font();
    bold.setBold(true);
    m_serial->setFont(bold);

    m_verifyBox = new QWidget(box);
    m_ticket = new QLineEdit(m_verifyBox);
    m_ticket->setAccessibleName(tr("Ticket"));
    m_ticket->setPlaceholderText(tr("Ticket or case number (optional)"));
    m_ticket->setMaxLength(64);
    m_ticket->setClearButtonEnabled(true);
    // Room for the whole hint in every language (German's is the longest), plus the clear
    // button and the frame; a cut-off hint no longer says the ticket is optional.
    m_ticket->setMinimumWidth(
        m_ticket->fontMetrics().horizontalAdvance(m_ticket->placeholderText()) +
        m_ticket->fontMetrics().height() * 3);
    m_sendPush = new QPushButton(tr("Send Push"), m_verifyBox);
    m_sendPush->setAccessibleName(QStringLiteral("Send Push"));
    m_sendPush->setObjectName(QStringLiteral("primaryButton"));
    m_sendPush->setIcon(GlyphIconEngine::icon(Glyph::Phone, Theme::colours().onAccent));
    m_sendPush->setDefault(true);
    m_hint = new QLabel(m_verifyBox);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    auto *verifyLayout = new QVBoxLayout(m_verifyBox);
    verifyLayout->setContentsMargins(0, 0, 0, 0);
    verifyLayout->setSpacing(8);
    verifyLayout->addWidget(sectionTitle(tr("Verify the caller"), m_verifyBox));
    verifyLayout->addWidget(m_ticket);
    m_ticketCheck = new TicketCheck(m_ticket, m_verifyBox);
    verifyLayout->addWidget(m_ticketCheck->errorLabel());
    connect(m_ticketCheck, &TicketCheck::validityChanged, this, &ManageTokenDialog::updateSendPush);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_sendPush);
    buttonRow->addStretch(1);
    verifyLayout->addLayout(buttonRow);
    verifyLayout->addWidget(m_hint);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(sectionTitle(tr("Token"), box));
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addWidget(m_verifyBox);
    return box;
}

QWidget *ManageTokenDialog::buildPlaceholder() {
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    m_placeholder = frame;
    auto *icon = new QLabel(frame);
    const int size = fontMetrics().height() * 3;
    icon->setPixmap(GlyphIconEngine::icon(Glyph::Phone).pixmap(QSize(size, size)));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = sectionTitle(tr("Push Verification"), frame);
    title->setAlignment(Qt::AlignCenter);
    m_placeholderText = new QLabel(frame);
    m_placeholderText->setObjectName(QStringLiteral("hintLabel"));
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(24, 28, 24, 28);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_placeholderText);
    return frame;
}

void ManageTokenDialog::setAccess(const protocol::Account &account,
                                  const protocol::Permissions &permissions) {
    m_account = account;
    m_permissions = permissions;
    updateSendPush();
}

void ManageTokenDialog::setToken(const protocol::Token &token) {
    m_token = token;
    renderToken();
    updateSendPush();
}

void ManageTokenDialog::addBelowPanel(QWidget *widget) {
    widget->setParent(this);
    // Before the column's closing stretch, right under the panel.
    m_rightColumn->insertSpacing(m_rightColumn->count() - 1, 12);
    m_rightColumn->insertWidget(m_rightColumn->count() - 1, widget);
}

void ManageTokenDialog::renderToken() {
    m_serial->setText(m_token.serial);
    m_type->setText(app::TokenListModel::typeText(m_token.type));
    m_state->setText(app::TokenListModel::stateText(m_token.state));
    m_push->setText(app::TokenListModel::pushText(m_token.pushEnabled));
    m_device->setText(m_token.deviceRegistered ? tr("Registered") : tr("Not registered"));
    m_owner->setText(tr("%1 (%2)").arg(m_user.displayName(), m_user.userId));
}

void ManageTokenDialog::updateSendPush() {
    const bool inFlight = m_controller && m_controller->isInFlight();
    const app::SendPushRule::Decision d =
        app::SendPushRule::evaluate(m_token, m_account, m_permissions, inFlight);
    m_verifyBox->setVisible(d.visible);
    m_sendPush->setVisible(d.visible);
    // An invalid ticket is shown under its field; Send Push waits until it is fixed.
    m_sendPush->setEnabled(d.enabled && m_controller && m_ticketCheck->isValid());
    m_sendPush->setToolTip(d.toolTip);
    m_sendPush->setAccessibleDescription(d.toolTip);
    m_ticket->setEnabled(d.enabled);
    // A disabled button's tooltip is easy to miss; say why next to it as well.
    m_hint->setText(d.toolTip);
    m_hint->setVisible(d.visible && !d.enabled && !inFlight);
    m_placeholderText->setText(d.visible ? tr("The verification number and the result appear "
                                              "here after Send Push.")
                                         : d.toolTip);
}

void ManageTokenDialog::sendPush() {
    if (!m_controller || !m_sendPush->isEnabled())
        return;
    const QString ticket = m_ticket->text().trimmed();
    m_controller->start(m_user.userId, m_user.displayName(), m_token.serial,
                        ticket.isEmpty() ? std::nullopt : std::optional<QString>(ticket));
}

void ManageTokenDialog::onPanelDisplayed(bool displayed) {
    m_placeholder->setVisible(!displayed);
    QWidget *focus = focusWidget();
    if (displayed) {
        if (!focus || focus == m_sendPush || !focus->isEnabled())
            m_panel->cancelButton()->setFocus(Qt::OtherFocusReason);
    } else if (m_sendPush->isVisible() && m_sendPush->isEnabled()) {
        m_sendPush->setFocus(Qt::OtherFocusReason);
    }
}

bool ManageTokenDialog::event(QEvent *event) {
    const bool handled = QDialog::event(event);
    // Every change of the panel's texts or parts ends in a layout request on the window; a
    // new width changes how many lines the texts wrap to.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        fitToContents();
    return handled;
}

void ManageTokenDialog::fitToContents() {
    QLayout *l = layout();
    // Wrapped labels need height-for-width, which Qt does not turn into a window minimum:
    // without this the result text of a narrow dialog would be squeezed and overlap.
    int needed =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    needed = std::max(needed, l->totalMinimumSize().height());
    if (const QScreen *s = screen())
        needed = std::min(needed, s->availableGeometry().height() - FrameAllowance);
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void ManageTokenDialog::keyPressEvent(QKeyEvent *event) {
    // While a verification waits, Esc cancels it (like ✕) and leaves the dialog open.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_controller &&
        m_controller->isInFlight()) {
        m_controller->cancel();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ManageTokenDialog::reject() {
    // Closing the dialog must not leave a verification running unseen.
    if (m_controller && m_controller->isInFlight())
        m_controller->cancel();
    QDialog::reject();
}

} // namespace vd::ui
