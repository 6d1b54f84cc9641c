// SPDX-License-Identifier: MIT
// OperatorActivityView: log, filters, and the selected verification's trail.
#include "operatoractivityview.h"

#include "auditfilterbar.h"
#include "audititemdelegate.h"
#include "audittableview.h"
#include "operatorauditmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

using Model = app::OperatorAuditModel;

namespace {
// The longest usual value of each column; Message takes the rest.
QStringList columnSamples() {
    return {Model::localTimeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC)),
            QStringLiteral("helpdesk"),
            QString::fromLatin1(wire::ActionTypeHelpdeskPush),
            QStringLiteral("Dispatch"),
            QStringLiteral("user0000"),
            QStringLiteral("MP-10000"),
            Model::outcomeText(QStringLiteral("dispatch_failed")),
            QStringLiteral("INC-20433, call-back")};
}
} // namespace

OperatorActivityView::OperatorActivityView(app::ApiClient *api, const app::Clock *clock,
                                           QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(api, this))
    , m_trail(new Model(api, this))
    , m_filters(new AuditFilterBar(AuditFilterBar::Kind::Operator, clock, this))
    , m_view(new AuditTableView(m_model, tr("Operator Activity"), Model::OutcomeColumn,
                                QStringLiteral("operator-activity"), this)) {
    setObjectName(QStringLiteral("operatorActivityView"));
    m_view->setColumnSamples(columnSamples());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(buildTrail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_filters, &AuditFilterBar::queryChanged, m_model, &Model::setFilter);
    connect(m_view, &AuditTableView::currentRowChanged, this, &OperatorActivityView::showTrail);
    connect(m_trail, &QAbstractItemModel::modelReset, this, &OperatorActivityView::updateSummary);
    connect(m_trail, &QAbstractItemModel::rowsInserted, this, &OperatorActivityView::updateSummary);
    connect(m_trail, &Model::loadFailed, this, &OperatorActivityView::updateSummary);
    showTrail(-1);
}

QWidget *OperatorActivityView::buildTrail() {
    auto *box = new QWidget(this);
    m_trailTitle = new QLabel(box);
    QFont bold = m_trailTitle->font();
    bold.setBold(true);
    m_trailTitle->setFont(bold);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("hintLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Verification trail summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trailTable = new QTableView(box);
    m_trailTable->setAccessibleName(tr("Verification trail"));
    m_trailTable->setModel(m_trail);
    m_trailTable->setItemDelegate(new AuditItemDelegate(Model::OutcomeColumn, m_trailTable));
    m_trailTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trailTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trailTable->setAlternatingRowColors(true);
    m_trailTable->setShowGrid(false);
    m_trailTable->setWordWrap(false);
    m_trailTable->setTabKeyNavigation(false);
    m_trailTable->verticalHeader()->hide();
    m_trailTable->verticalHeader()->setDefaultSectionSize(m_trailTable->fontMetrics().height() +
                                                          12);
    m_trailTable->horizontalHeader()->setStretchLastSection(true);
    m_trailTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_trailTable->horizontalHeader()->setHighlightSections(false);
    // Same columns as the log above, so the eye can move between them.
    QFont toneFont = m_trailTable->font();
    toneFont.setBold(true);
    const QFontMetrics fm(toneFont);
    const QStringList samples = columnSamples();
    for (int c = 0; c < samples.size(); ++c)
        m_trailTable->setColumnWidth(c, fm.horizontalAdvance(samples.at(c)) + 24);
    // Room for a dispatch, an outcome and a few follow-up actions without scrolling.
    m_trailTable->setMinimumHeight(m_trailTable->horizontalHeader()->sizeHint().height() +
                                   5 * m_trailTable->verticalHeader()->defaultSectionSize() + 4);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_trailTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_trailTable, 1);
    return box;
}

void OperatorActivityView::setPermissions(const protocol::Permissions &permissions) {
    m_allowed = Model::isAllowed(permissions);
    m_filters->setEnabled(m_allowed);
    m_view->setAllowed(m_allowed, m_allowed ? QString() : Model::deniedReason());
    if (!m_allowed)
        showTrail(-1);
    else if (!m_model->isActive())
        m_model->setFilter(m_filters->query());
}

void OperatorActivityView::refresh() {
    m_model->refresh();
    m_trail->refresh();
}

void OperatorActivityView::showTrail(int row) {
    const bool entry = m_allowed && row >= 0 && row < m_model->rowCount();
    const QString verificationId =
        entry ? m_model->entryAt(row).verificationId.value_or(QString()) : QString();
    m_trailTable->setVisible(!verificationId.isEmpty());
    if (verificationId.isEmpty()) {
        m_trail->clear();
        m_trailTitle->setText(tr("Verification trail"));
        m_summary->setText(entry ? tr("This entry belongs to no verification.")
                                 : tr("Select an entry to see the other entry of its "
                                      "verification (dispatch or outcome) and the follow-up "
                                      "actions it allowed."));
        return;
    }
    m_trailTitle->setText(tr("Verification %1").arg(verificationId));
    m_trail->setHighlightedEntry(m_model->entryAt(row).id);
    if (m_trail->filter().verificationId != verificationId || !m_trail->isActive()) {
        app::AuditQuery q;
        q.verificationId = verificationId;
        m_trail->setFilter(q);
    }
    updateSummary();
}

void OperatorActivityView::updateSummary() {
    if (!m_trail->isActive())
        return;
    if (!m_trail->errorText().isEmpty())
        m_summary->setText(m_trail->errorText());
    else if (m_trail->rowCount() > 0)
        m_summary->setText(m_trail->trailSummary());
    else
        m_summary->setText(tr("Loading…"));
    m_summary->setAccessibleDescription(m_summary->text());
}

} // namespace vd::ui
