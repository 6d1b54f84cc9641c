// SPDX-License-Identifier: MIT
// The virtual server settings pages: the Authentication Policy (numeric challenge, push OTP,
// organization name, follow-up window) and the account's Helpdesk Push Verification flag.
// Loads, validates, saves only what changed (PUT), and hands the result to the Session so
// the next Send Push uses it. Editable with policy: edit, read-only otherwise.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QObject>
#include <QPointer>

namespace vd::app {

class Session;

class PolicyEditor : public QObject {
    Q_OBJECT
public:
    enum class Part { Policy, Account };
    Q_ENUM(Part)

    static constexpr int MaxNameLength = 100; // organization and account names
    static constexpr int MaxWindowMinutes = 1440;

    // `session` (may be nullptr) supplies permissions and cached values and receives saved
    // ones; not owned.
    PolicyEditor(ApiClient *api, Session *session, QObject *parent = nullptr);
    ~PolicyEditor() override;

    // Without a session (tests): the operator's permissions.
    void setPermissions(const protocol::Permissions &permissions);
    // GET /api/v1/policy and /api/v1/account; drafts follow unless they were edited.
    void load();

    bool canEdit() const;
    QString readOnlyReason() const; // empty when editable

    const protocol::Policy &policy() const { return m_policy; } // as the server holds it
    const protocol::Account &account() const { return m_account; }
    const protocol::Policy &draftPolicy() const { return m_draftPolicy; }
    const protocol::Account &draftAccount() const { return m_draftAccount; }
    void setDraftPolicy(const protocol::Policy &policy);
    void setDraftAccount(const protocol::Account &account);

    bool isDirty(Part part) const;
    QString validationError(Part part) const; // empty when the draft may be saved
    bool canSave(Part part) const;
    // PUT with the changed fields only. Emits saved() or a message with messageIsError().
    void save(Part part);
    void revert(Part part);

    bool isBusy() const { return m_policyCall || m_accountCall || m_loads > 0; }
    bool isLoaded(Part part) const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    static PolicyPatch patch(const protocol::Policy &from, const protocol::Policy &to);
    static AccountPatch patch(const protocol::Account &from, const protocol::Account &to);

Q_SIGNALS:
    void changed();
    void saved(vd::app::PolicyEditor::Part part);

private:
    void setMessage(const QString &text, bool error);
    protocol::Permissions permissions() const;

    ApiClient *m_api;
    QPointer<Session> m_session;
    protocol::Permissions m_permissions;
    protocol::Policy m_policy;
    protocol::Account m_account;
    protocol::Policy m_draftPolicy;
    protocol::Account m_draftAccount;
    bool m_policyLoaded = false;
    bool m_accountLoaded = false;
    int m_loads = 0;
    ApiClient::CallId m_policyCall = 0;
    ApiClient::CallId m_accountCall = 0;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace vd::app
