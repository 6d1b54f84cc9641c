// SPDX-License-Identifier: MIT
// PolicyPage: the Authentication Policy fields.
#include "policypage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace vd::ui {

PolicyPage::PolicyPage(app::PolicyEditor *editor, QWidget *parent)
    : SettingsPageBase(editor, app::PolicyEditor::Part::Policy, tr("Policy \u203a Token Policies"),
                       tr("Authentication Policy"), parent) {
    setObjectName(QStringLiteral("policyPage"));
    m_numeric = new QCheckBox(tr("Enable MobilePASS+ Numeric Challenge"), this);
    m_pushOtp = new QCheckBox(tr("Push OTP enabled on the virtual server"), this);
    m_organization = new QLineEdit(this);
    m_organization->setAccessibleName(tr("Custom organization name"));
    m_organization->setMaxLength(app::PolicyEditor::MaxNameLength);
    m_window = new QSpinBox(this);
    m_window->setAccessibleName(tr("Follow-up window"));
    m_window->setRange(0, app::PolicyEditor::MaxWindowMinutes);
    m_window->setSuffix(tr(" min"));
    m_window->setSpecialValueText(tr("Off"));
    m_window->setMinimumWidth(fontMetrics().averageCharWidth() * 14);

    addField(QString(), m_numeric,
             tr("The operator reads a 2-digit number to the caller, who taps the matching one "
                "of three in MobilePASS+. Cleared: Plain Push, the caller only approves."));
    addField(QString(), m_pushOtp,
             tr("Without push OTP no helpdesk push can be sent: Send Push then reports that "
                "push OTP is disabled."));
    addField(tr("Custom organization name"), m_organization,
             tr("Shown on the user's device in the login request."));
    addField(tr("Follow-up window"), m_window,
             tr("How long an approved verification unlocks Revoke, Suspend, Resume and Reset "
                "PIN for that operator and user. 0 turns the follow-up actions off."));

    for (QCheckBox *box : {m_numeric, m_pushOtp})
        connect(box, &QCheckBox::toggled, this, &PolicyPage::edit);
    connect(m_organization, &QLineEdit::textEdited, this, &PolicyPage::edit);
    connect(m_window, &QSpinBox::valueChanged, this, &PolicyPage::edit);
    render();
}

void PolicyPage::edit() {
    protocol::Policy p = editor()->draftPolicy();
    p.numericChallengeEnabled = m_numeric->isChecked();
    p.pushOtpEnabled = m_pushOtp->isChecked();
    p.organizationName = m_organization->text();
    p.followUpWindowMinutes = m_window->value();
    editor()->setDraftPolicy(p);
}

void PolicyPage::renderFields() {
    const protocol::Policy &p = editor()->draftPolicy();
    const bool editable = editor()->canEdit();
    const QSignalBlocker b1(m_numeric);
    const QSignalBlocker b2(m_pushOtp);
    const QSignalBlocker b3(m_organization);
    const QSignalBlocker b4(m_window);
    m_numeric->setChecked(p.numericChallengeEnabled);
    m_pushOtp->setChecked(p.pushOtpEnabled);
    if (m_organization->text() != p.organizationName)
        m_organization->setText(p.organizationName);
    m_window->setValue(p.followUpWindowMinutes);
    // Read-only stays readable and selectable; only changing is off.
    m_numeric->setEnabled(editable);
    m_pushOtp->setEnabled(editable);
    m_organization->setReadOnly(!editable);
    m_window->setReadOnly(!editable);
    m_window->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                        : QAbstractSpinBox::NoButtons);
}

} // namespace vd::ui
