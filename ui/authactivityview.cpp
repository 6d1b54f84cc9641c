// SPDX-License-Identifier: MIT
// AuthActivityView: filter bar and table wired to AuthAuditModel.
#include "authactivityview.h"

#include "auditfilterbar.h"
#include "audittableview.h"
#include "authauditmodel.h"

#include <QVBoxLayout>

namespace vd::ui {

using Model = app::AuthAuditModel;

AuthActivityView::AuthActivityView(app::ApiClient *api, const app::Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(api, this))
    , m_filters(new AuditFilterBar(AuditFilterBar::Kind::Authentication, clock, this))
    , m_view(new AuditTableView(m_model, tr("Authentication Activity"), Model::ResultColumn,
                                QStringLiteral("authentication-activity"), this)) {
    setObjectName(QStringLiteral("authActivityView"));
    // Ticket takes the rest.
    m_view->setColumnSamples(
        {Model::localTimeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC)),
         QStringLiteral("user0000"), QStringLiteral("MP-10000"),
         QString::fromLatin1(wire::ResourceNameHelpdesk), QStringLiteral("Failure"),
         wire::authAuditMessage(wire::VerificationState::WrongNumber)});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    connect(m_filters, &AuditFilterBar::queryChanged, m_model, &Model::setFilter);
}

void AuthActivityView::setFixedUser(const QString &userId) {
    m_filters->setFixedUser(userId);
    if (m_model->isActive())
        m_model->setFilter(m_filters->query());
}

void AuthActivityView::setPermissions(const protocol::Permissions &permissions) {
    const bool allowed = Model::isAllowed(permissions);
    m_filters->setEnabled(allowed);
    m_view->setAllowed(allowed, allowed ? QString() : Model::deniedReason());
    if (allowed && !m_model->isActive())
        m_model->setFilter(m_filters->query());
}

void AuthActivityView::refresh() {
    m_model->refresh();
}

} // namespace vd::ui
