// SPDX-License-Identifier: MIT
// User record tab: details, Authentication Methods and the Manage button.
#include "userrecordwidget.h"

#include "apiclient.h"
#include "theme.h"
#include "tokenlistmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {
namespace {

// Initials in a tinted circle: a quick visual anchor for whose record is open.
QPixmap avatar(const protocol::User &user, int size, qreal dpr) {
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::colours().avatarBackground);
    p.drawEllipse(QRectF(0, 0, size, size));
    QString initials = user.firstName.left(1) + user.lastName.left(1);
    if (initials.isEmpty())
        initials = user.userId.left(2);
    QFont f = p.font();
    f.setPixelSize(size * 2 / 5);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Theme::colours().avatarText);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials.toUpper());
    return pm;
}

// A section heading that shows and hides its content (Authentication Methods, Activity).
QToolButton *sectionExpander(const QString &title, QWidget *content, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setText(title);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setArrowType(Qt::DownArrow);
    QFont sectionFont = button->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.1);
    button->setFont(sectionFont);
    // Not a checkable button: a checked auto-raise button looks pressed, not expanded.
    QObject::connect(button, &QToolButton::clicked, content, [button, content] {
        const bool expand = content->isHidden();
        button->setArrowType(expand ? Qt::DownArrow : Qt::RightArrow);
        button->setAccessibleDescription(expand ? UserRecordWidget::tr("Expanded")
                                                : UserRecordWidget::tr("Collapsed"));
        content->setVisible(expand);
    });
    return button;
}

} // namespace

UserRecordWidget::UserRecordWidget(app::ApiClient *api, const protocol::User &user, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_user(user)
    , m_tokens(new app::TokenListModel(this)) {
    m_avatar = new QLabel(this);
    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userId = new QLabel(this);
    m_email = new QLabel(this);
    for (QLabel *l : {m_userId, m_email})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(4);
    const auto fact = [this, facts](const QString &caption, QLabel *value) {
        auto *label = new QLabel(caption, this);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(value);
        value->setAccessibleName(caption);
        const int row = facts->rowCount();
        facts->addWidget(label, row, 0);
        facts->addWidget(value, row, 1);
    };
    fact(tr("User ID"), m_userId);
    fact(tr("Email"), m_email);
    facts->setColumnStretch(1, 1);

    auto *identity = new QVBoxLayout;
    identity->setSpacing(6);
    identity->addWidget(m_name);
    identity->addLayout(facts);
    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(16);
    headerRow->addWidget(m_avatar, 0, Qt::AlignTop);
    headerRow->addLayout(identity, 1);

    m_methods = new QWidget(this);
    m_expander = sectionExpander(tr("Authentication Methods"), m_methods, this);
    m_table = new QTableView(m_methods);
    m_table->setAccessibleName(QStringLiteral("Authentication methods"));
    m_table->setModel(m_tokens);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(app::TokenListModel::SerialColumn, ch * 24);
    m_table->setColumnWidth(app::TokenListModel::TypeColumn, ch * 24);
    m_table->setColumnWidth(app::TokenListModel::StateColumn, ch * 18);

    m_manage = new QPushButton(tr("Manage"), m_methods);
    m_manage->setAccessibleName(QStringLiteral("Manage"));
    m_manage->setToolTip(tr("Open the selected token (double-click a row works too)"));
    m_refresh = new QPushButton(tr("Refresh"), m_methods);
    m_refresh->setAutoDefault(false);
    m_message = new QLabel(m_methods);
    m_message->setObjectName(QStringLiteral("hintLabel"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_manage);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_message, 1);
    auto *methodsLayout = new QVBoxLayout(m_methods);
    methodsLayout->setContentsMargins(0, 0, 0, 0);
    methodsLayout->setSpacing(8);
    methodsLayout->addWidget(m_table, 1);
    methodsLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(headerRow);
    layout->addSpacing(4);
    layout->addWidget(m_expander, 0, Qt::AlignLeft);
    layout->addWidget(m_methods, 1);
    layout->addStretch(0);

    setTabOrder(m_expander, m_table);
    setTabOrder(m_table, m_manage);
    setTabOrder(m_manage, m_refresh);

    connect(m_manage, &QPushButton::clicked, this, &UserRecordWidget::requestManage);
    connect(m_refresh, &QPushButton::clicked, this, &UserRecordWidget::reload);
    connect(m_table, &QTableView::doubleClicked, this, &UserRecordWidget::requestManage);
    connect(m_table, &QTableView::activated, this, &UserRecordWidget::requestManage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserRecordWidget::updateManageEnabled);
    connect(m_tokens, &QAbstractItemModel::modelReset, this,
            &UserRecordWidget::updateManageEnabled);

    renderUser();
    updateManageEnabled();
    if (m_api)
        reload();
}

void UserRecordWidget::addSection(const QString &title, QWidget *content) {
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    content->setParent(this);
    QToolButton *expander = sectionExpander(title, content, this);
    // Before the closing stretch; the new section gets the larger share of the height.
    const int at = layout->count() - 1;
    layout->insertWidget(at, expander, 0, Qt::AlignLeft);
    layout->insertWidget(at + 1, content, 3);
}

void UserRecordWidget::renderUser() {
    const int size = fontMetrics().height() * 4;
    m_avatar->setPixmap(avatar(m_user, size, devicePixelRatioF()));
    m_avatar->setFixedSize(size, size);
    m_name->setText(m_user.displayName().isEmpty() ? m_user.userId : m_user.displayName());
    m_userId->setText(m_user.userId);
    m_email->setText(m_user.email.isEmpty() ? tr("—") : m_user.email);
}

void UserRecordWidget::setDetail(const protocol::UserDetail &detail) {
    m_user = detail.user;
    renderUser();
    const QString selected = m_table->currentIndex().isValid()
                                 ? m_tokens->tokenAt(m_table->currentIndex().row()).serial
                                 : QString();
    m_tokens->setTokens(detail.authenticationMethods);
    int row = m_tokens->rowOfSerial(selected);
    if (row < 0 && m_tokens->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    setMessage(detail.authenticationMethods.isEmpty()
                   ? tr("This user has no authentication methods.")
                   : QString());
}

void UserRecordWidget::updateToken(const protocol::Token &token) {
    m_tokens->updateToken(token);
}

void UserRecordWidget::reload() {
    if (!m_api)
        return;
    if (m_call)
        m_api->cancel(m_call);
    setMessage(tr("Loading…"));
    m_refresh->setEnabled(false);
    m_call = m_api->userDetail(m_user.userId, this,
                               [this](const app::ApiResult<protocol::UserDetail> &result) {
                                   m_call = 0;
                                   m_refresh->setEnabled(true);
                                   if (result)
                                       setDetail(result.value());
                                   else
                                       setMessage(result.failure().message);
                               });
}

void UserRecordWidget::requestManage() {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT manageRequested(m_user, m_tokens->tokenAt(index.row()));
}

void UserRecordWidget::updateManageEnabled() {
    m_manage->setEnabled(m_table->selectionModel()->hasSelection());
}

void UserRecordWidget::setMessage(const QString &text) {
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
}

} // namespace vd::ui
