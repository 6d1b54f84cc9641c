// SPDX-License-Identifier: MIT
// What the Policy and Account pages share: the heading, the read-only note, Save and Revert,
// the validation and save messages, all rendered from a PolicyEditor part.
#pragma once

#include "policyeditor.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace vd::ui {

class SettingsPageBase : public QWidget {
    Q_OBJECT
public:
    app::PolicyEditor *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();

protected:
    // `editor` is owned by the caller (usually this page, as its parent).
    SettingsPageBase(app::PolicyEditor *editor, app::PolicyEditor::Part part,
                     const QString &breadcrumb, const QString &title, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // A field with a hint below it, as one form row.
    void addField(const QString &caption, QWidget *field, const QString &hint);
    // Shows the editor's draft in the fields (signals of the fields blocked).
    virtual void renderFields() = 0;
    void render();

private:
    app::PolicyEditor *m_editor;
    app::PolicyEditor::Part m_part;
    QFormLayout *m_form = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace vd::ui
