// SPDX-License-Identifier: MIT
// The account's features: the Helpdesk Push Verification flag that shows Send Push.
#pragma once

#include "settingspagebase.h"

class QCheckBox;

namespace vd::ui {

class AccountPage : public SettingsPageBase {
    Q_OBJECT
public:
    // `editor` is not owned.
    explicit AccountPage(app::PolicyEditor *editor, QWidget *parent = nullptr);

    QCheckBox *helpdeskPushBox() const { return m_feature; }
    QLabel *accountNameLabel() const { return m_name; }

protected:
    void renderFields() override;

private:
    QLabel *m_name = nullptr;
    QCheckBox *m_feature = nullptr;
};

} // namespace vd::ui
