// SPDX-License-Identifier: MIT
// Assignment tab: search field, result summary and the Users table.
#include "assignmentpage.h"

#include "apifailure.h"
#include "glyphiconengine.h"
#include "linkdelegate.h"
#include "usersearchmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

using app::UserSearchModel;

AssignmentPage::AssignmentPage(UserSearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    auto *title = new QLabel(tr("Assignment"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(tr("Find the caller, open the user record and manage their tokens."), this);
    subtitle->setObjectName(QStringLiteral("hintLabel"));

    m_search = new QLineEdit(this);
    m_search->setAccessibleName(QStringLiteral("Search users"));
    m_search->setPlaceholderText(tr("Search by user ID, first or last name, or email"));
    m_search->setClearButtonEnabled(true);
    // The magnifier is a button to screen readers, so it gets a name (and does what it says).
    QAction *searchIcon =
        m_search->addAction(GlyphIconEngine::icon(Glyph::Search), QLineEdit::LeadingPosition);
    searchIcon->setText(tr("Search"));
    m_search->setToolTip(tr("Results update as you type; Enter searches at once (Ctrl+F)"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 48);
    m_search->installEventFilter(this);
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setAutoDefault(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hintLabel"));
    m_summary->setAccessibleName(tr("Search status"));

    m_table = new QTableView(this);
    m_table->setAccessibleName(QStringLiteral("Users"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(UserSearchModel::UserIdColumn, ch * 24);
    m_table->setColumnWidth(UserSearchModel::NameColumn, ch * 36);
    auto *links = new LinkDelegate(m_table, UserSearchModel::UserIdColumn);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    setTabOrder(m_search, m_searchButton);
    setTabOrder(m_searchButton, m_table);

    connect(m_search, &QLineEdit::textEdited, model,
            [this](const QString &text) { m_model->setQuery(text); });
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, model, [this](const QString &text) {
        if (text.isEmpty() && !m_model->query().isEmpty())
            m_model->setQuery(text);
    });
    connect(m_search, &QLineEdit::returnPressed, model,
            [this] { m_model->searchNow(m_search->text()); });
    connect(m_searchButton, &QPushButton::clicked, model,
            [this] { m_model->searchNow(m_search->text()); });
    connect(searchIcon, &QAction::triggered, model,
            [this] { m_model->searchNow(m_search->text()); });
    connect(links, &LinkDelegate::linkActivated, this, &AssignmentPage::activateRow);
    connect(m_table, &QTableView::activated, this, &AssignmentPage::activateRow);
    connect(m_table, &QTableView::doubleClicked, this, &AssignmentPage::activateRow);

    connect(model, &UserSearchModel::totalCountChanged, this, &AssignmentPage::updateSummary);
    connect(model, &UserSearchModel::loadingChanged, this, &AssignmentPage::updateSummary);
    connect(model, &UserSearchModel::modelReset, this, &AssignmentPage::updateSummary);
    connect(model, &UserSearchModel::rowsInserted, this, &AssignmentPage::updateSummary);
    connect(model, &UserSearchModel::searchFinished, this, [this] {
        m_failure.clear();
        updateSummary();
    });
    connect(model, &UserSearchModel::searchFailed, this, &AssignmentPage::onSearchFailed);
    updateSummary();
}

void AssignmentPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AssignmentPage::activateRow(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const protocol::User user = m_model->userAt(index.row());
    if (!user.userId.isEmpty())
        Q_EMIT userActivated(user);
}

void AssignmentPage::onSearchFailed(const app::ApiFailure &failure) {
    m_failure = failure.message;
    updateSummary();
}

void AssignmentPage::updateSummary() {
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    const QString query = m_model->query().trimmed();
    QString text;
    if (!m_failure.isEmpty())
        text = tr("Search failed: %1").arg(m_failure);
    else if (m_model->isLoading() && shown == 0)
        text = tr("Searching…");
    else if (total == 0 && !query.isEmpty())
        text = tr("No users match “%1”.").arg(query);
    else if (total == 0)
        text = tr("Type a user ID, name or email to find a user.");
    else if (shown >= total)
        text = tr("%n user(s)", nullptr, int(total));
    else
        text = tr("Showing %1 of %2 users; scroll down for more.").arg(shown).arg(total);
    m_summary->setText(text);
    m_summary->setAccessibleDescription(text);
}

bool AssignmentPage::eventFilter(QObject *watched, QEvent *event) {
    // Down from the search field goes to the results, so the keyboard never has to Tab twice.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, UserSearchModel::UserIdColumn));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vd::ui
