// SPDX-License-Identifier: MIT
// SettingsPageBase: layout and the rendering every settings page shares.
#include "settingspagebase.h"

#include "theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

SettingsPageBase::SettingsPageBase(app::PolicyEditor *editor, app::PolicyEditor::Part part,
                                   const QString &breadcrumb, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_part(part) {
    auto *crumb = new QLabel(breadcrumb, this);
    crumb->setObjectName(QStringLiteral("hintLabel"));
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.35);
    heading->setFont(f);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("warningNote"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setAccessibleName(tr("Read-only"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    m_form = new QFormLayout(card);
    m_form->setContentsMargins(20, 18, 20, 18);
    m_form->setHorizontalSpacing(18);
    m_form->setVerticalSpacing(14);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inlineError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("hintLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Save result"));

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_message, 1);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(crumb);
    column->addWidget(heading);
    column->addWidget(m_readOnly);
    column->addSpacing(4);
    column->addWidget(card);
    column->addWidget(m_error);
    column->addLayout(buttons);
    column->addStretch(1);

    // A settings form reads badly stretched across a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 16);
    outer->addLayout(column, 0);
    outer->addStretch(1);
    const int width = fontMetrics().averageCharWidth() * 96;
    card->setMinimumWidth(width);
    card->setMaximumWidth(width + 200);

    connect(editor, &app::PolicyEditor::changed, this, &SettingsPageBase::render);
    connect(m_save, &QPushButton::clicked, this, [this] { m_editor->save(m_part); });
    connect(m_revert, &QPushButton::clicked, this, [this] { m_editor->revert(m_part); });
}

void SettingsPageBase::addField(const QString &caption, QWidget *field, const QString &hint) {
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    // A spin box or check box keeps its own width; the hint below still gets the row's.
    if (field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag) {
        layout->addWidget(field);
    } else {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field);
        row->addStretch(1);
        layout->addLayout(row);
    }
    if (!hint.isEmpty()) {
        auto *note = new QLabel(hint, box);
        note->setObjectName(QStringLiteral("hintLabel"));
        note->setWordWrap(true);
        layout->addWidget(note);
        field->setAccessibleDescription(hint);
    }
    if (caption.isEmpty()) {
        m_form->addRow(box);
        return;
    }
    auto *label = new QLabel(caption, box->parentWidget());
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(field);
    m_form->addRow(label, box);
}

void SettingsPageBase::reload() {
    m_editor->load();
}

void SettingsPageBase::render() {
    const bool editable = m_editor->canEdit();
    m_readOnly->setText(m_editor->readOnlyReason());
    m_readOnly->setVisible(!editable);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
    m_save->setEnabled(m_editor->canSave(m_part));
    m_revert->setEnabled(editable && m_editor->isDirty(m_part));
    const QString problem = editable ? m_editor->validationError(m_part) : QString();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_message->setText(m_editor->message());
    m_message->setAccessibleDescription(m_editor->message());
    m_message->setStyleSheet(
        m_editor->messageIsError()
            ? QStringLiteral("color: %1;").arg(Theme::tone(Tone::Failure).foreground.name())
            : QString());
    renderFields();
}

} // namespace vd::ui
