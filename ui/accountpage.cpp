// SPDX-License-Identifier: MIT
// AccountPage: the account name and its Helpdesk Push Verification feature.
#include "accountpage.h"

#include <QCheckBox>
#include <QLabel>

namespace vd::ui {

AccountPage::AccountPage(app::PolicyEditor *editor, QWidget *parent)
    : SettingsPageBase(editor, app::PolicyEditor::Part::Account, tr("Account"),
                       tr("Account features"), parent) {
    setObjectName(QStringLiteral("accountPage"));
    m_name = new QLabel(this);
    m_name->setAccessibleName(tr("Account"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feature = new QCheckBox(tr("Helpdesk Push Verification"), this);
    addField(tr("Account"), m_name, QString());
    addField(QString(), m_feature,
             tr("Lets operators verify a caller with a MobilePASS+ push (the Send Push button). "
                "Cleared, Send Push is hidden on every console."));
    connect(m_feature, &QCheckBox::toggled, this, [this](bool on) {
        protocol::Account a = this->editor()->draftAccount();
        a.helpdeskPushVerification = on;
        this->editor()->setDraftAccount(a);
    });
    render();
}

void AccountPage::renderFields() {
    const protocol::Account &a = editor()->draftAccount();
    m_name->setText(a.name);
    const QSignalBlocker block(m_feature);
    m_feature->setChecked(a.helpdeskPushVerification);
    m_feature->setEnabled(editor()->canEdit());
}

} // namespace vd::ui
