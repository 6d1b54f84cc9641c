// SPDX-License-Identifier: MIT
// Policy > Token Policies > Authentication Policy: numeric challenge, push OTP on the virtual
// server, the organization name shown on the device, and the follow-up window.
#pragma once

#include "settingspagebase.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace vd::ui {

class PolicyPage : public SettingsPageBase {
    Q_OBJECT
public:
    // `editor` is not owned.
    explicit PolicyPage(app::PolicyEditor *editor, QWidget *parent = nullptr);

    QCheckBox *numericChallengeBox() const { return m_numeric; }
    QCheckBox *pushOtpBox() const { return m_pushOtp; }
    QLineEdit *organizationEdit() const { return m_organization; }
    QSpinBox *windowBox() const { return m_window; }

protected:
    void renderFields() override;

private:
    void edit();

    QCheckBox *m_numeric = nullptr;
    QCheckBox *m_pushOtp = nullptr;
    QLineEdit *m_organization = nullptr;
    QSpinBox *m_window = nullptr;
};

} // namespace vd::ui
