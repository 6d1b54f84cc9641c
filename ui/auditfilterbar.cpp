// SPDX-License-Identifier: MIT
// AuditFilterBar: the controls and the query they make.
#include "auditfilterbar.h"

#include "auditperiod.h"
#include "clock.h"
#include "operatorauditmodel.h"
#include "systemclock.h"
#include "timing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace vd::ui {
namespace {

using Preset = app::AuditPeriod::Preset;

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

bool sameQuery(const app::AuditQuery &a, const app::AuditQuery &b) {
    return a.from == b.from && a.to == b.to && a.userId == b.userId &&
           a.operatorName == b.operatorName && a.actionType == b.actionType &&
           a.result == b.result && a.verificationId == b.verificationId;
}

} // namespace

AuditFilterBar::AuditFilterBar(Kind kind, const app::Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_clock(clock ? clock : &app::SystemClock::instance())
    , m_typing(new QTimer(this)) {
    const bool auth = kind == Kind::Authentication;
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(auth ? tr("Filter by user") : tr("Filter by operator"));
    m_text->setPlaceholderText(auth ? tr("User ID") : tr("Operator username"));
    m_text->setMaximumWidth(fontMetrics().averageCharWidth() * 26);
    m_textLabel = caption(auth ? tr("&User") : tr("&Operator"), m_text, this);

    m_choice = new QComboBox(this);
    if (auth) {
        m_choice->setAccessibleName(tr("Filter by result"));
        m_choice->addItem(tr("Success and Failure"), QString());
        m_choice->addItem(QString::fromLatin1(wire::AuthResultSuccess),
                          QString::fromLatin1(wire::AuthResultSuccess));
        m_choice->addItem(QString::fromLatin1(wire::AuthResultFailure),
                          QString::fromLatin1(wire::AuthResultFailure));
    } else {
        m_choice->setAccessibleName(tr("Filter by action type"));
        m_choice->addItem(tr("All action types"), QString());
        for (const QString &type : app::OperatorAuditModel::knownActionTypes())
            m_choice->addItem(type, type);
    }
    auto *choiceLabel = caption(auth ? tr("&Result") : tr("&Action type"), m_choice, this);

    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Filter by date"));
    for (Preset p : app::AuditPeriod::presets())
        m_period->addItem(app::AuditPeriod::name(p), int(p));
    auto *periodLabel = caption(tr("&Date"), m_period, this);

    m_custom = new QWidget(this);
    const QDate today = m_clock->now().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-7), m_custom);
    m_to = new QDateEdit(today, m_custom);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    auto *customLayout = new QHBoxLayout(m_custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->setSpacing(6);
    customLayout->addWidget(m_from);
    customLayout->addWidget(new QLabel(tr("to"), m_custom));
    customLayout->addWidget(m_to);

    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addSpacing(8);
    layout->addWidget(choiceLabel);
    layout->addWidget(m_choice);
    layout->addSpacing(8);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_custom);
    layout->addStretch(0);
    layout->addWidget(m_clear);

    m_typing->setSingleShot(true);
    m_typing->setInterval(app::timing::SearchDebounce * 2);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::emitChanged);
    connect(m_text, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &AuditFilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            emitChanged();
    });
    connect(m_choice, &QComboBox::currentIndexChanged, this, &AuditFilterBar::emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomDates();
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clearFilters);
    updateCustomDates();
    m_last = query();
}

void AuditFilterBar::setFixedUser(const QString &userId) {
    m_fixedUser = userId;
    const bool shown = m_kind != Kind::Authentication || userId.isEmpty();
    m_textLabel->setVisible(shown);
    m_text->setVisible(shown);
    m_last = query();
}

app::AuditQuery AuditFilterBar::query() const {
    app::AuditQuery q;
    const QString text = m_text->text().trimmed();
    const QString choice = m_choice->currentData().toString();
    if (m_kind == Kind::Authentication) {
        q.userId = m_fixedUser.isEmpty() ? text : m_fixedUser;
        q.result = choice;
    } else {
        q.operatorName = text;
        q.actionType = choice;
    }
    const auto preset = Preset(m_period->currentData().toInt());
    const auto range =
        app::AuditPeriod::range(preset, m_clock->now(), m_from->date(), m_to->date());
    q.from = range.from;
    q.to = range.to;
    return q;
}

void AuditFilterBar::clearFilters() {
    const QSignalBlocker blockText(m_text);
    const QSignalBlocker blockChoice(m_choice);
    const QSignalBlocker blockPeriod(m_period);
    m_text->clear();
    m_choice->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    updateCustomDates();
    emitChanged();
}

void AuditFilterBar::updateCustomDates() {
    m_custom->setVisible(Preset(m_period->currentData().toInt()) == Preset::Custom);
}

void AuditFilterBar::emitChanged() {
    m_typing->stop();
    const app::AuditQuery q = query();
    // Relative periods move with the clock, so the same choice reloads with a fresh range.
    if (sameQuery(q, m_last) && !q.from)
        return;
    m_last = q;
    Q_EMIT queryChanged(q);
}

} // namespace vd::ui
