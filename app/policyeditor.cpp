// SPDX-License-Identifier: MIT
// PolicyEditor: load, validate, save the changed fields, hand them to the session.
#include "policyeditor.h"

#include "logcategories.h"
#include "session.h"

namespace vd::app {

PolicyEditor::PolicyEditor(ApiClient *api, Session *session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session) {
    if (session) {
        // What the session already knows, so the page is not blank while it loads.
        m_policy = m_draftPolicy = session->policy();
        m_account = m_draftAccount = session->account();
        connect(session, &Session::changed, this, &PolicyEditor::changed);
    }
}

PolicyEditor::~PolicyEditor() {
    for (ApiClient::CallId id : {m_policyCall, m_accountCall}) {
        if (id && m_api)
            m_api->cancel(id);
    }
}

void PolicyEditor::setPermissions(const protocol::Permissions &permissions) {
    m_permissions = permissions;
    Q_EMIT changed();
}

protocol::Permissions PolicyEditor::permissions() const {
    return m_session ? m_session->permissions() : m_permissions;
}

bool PolicyEditor::canEdit() const {
    return permissions().policy == wire::Permission::Edit;
}

QString PolicyEditor::readOnlyReason() const {
    return canEdit() ? QString()
                     : tr("Read-only: changing these settings needs Edit access to Policy.");
}

void PolicyEditor::load() {
    if (!m_api || m_loads > 0)
        return;
    m_loads = 2;
    setMessage(QString(), false);
    m_api->policy(this, [this](const ApiResult<protocol::Policy> &r) {
        --m_loads;
        if (r) {
            const bool edited = isDirty(Part::Policy);
            m_policy = r.value();
            m_policyLoaded = true;
            if (!edited)
                m_draftPolicy = m_policy;
        } else {
            setMessage(r.failure().message, true);
        }
        Q_EMIT changed();
    });
    m_api->account(this, [this](const ApiResult<protocol::Account> &r) {
        --m_loads;
        if (r) {
            const bool edited = isDirty(Part::Account);
            m_account = r.value();
            m_accountLoaded = true;
            if (!edited)
                m_draftAccount = m_account;
        } else {
            setMessage(r.failure().message, true);
        }
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

bool PolicyEditor::isLoaded(Part part) const {
    return part == Part::Policy ? m_policyLoaded : m_accountLoaded;
}

void PolicyEditor::setDraftPolicy(const protocol::Policy &policy) {
    m_draftPolicy = policy;
    Q_EMIT changed();
}

void PolicyEditor::setDraftAccount(const protocol::Account &account) {
    m_draftAccount = account;
    Q_EMIT changed();
}

PolicyPatch PolicyEditor::patch(const protocol::Policy &from, const protocol::Policy &to) {
    PolicyPatch p;
    if (from.pushOtpEnabled != to.pushOtpEnabled)
        p.pushOtpEnabled = to.pushOtpEnabled;
    if (from.numericChallengeEnabled != to.numericChallengeEnabled)
        p.numericChallengeEnabled = to.numericChallengeEnabled;
    if (from.organizationName != to.organizationName)
        p.organizationName = to.organizationName;
    if (from.followUpWindowMinutes != to.followUpWindowMinutes)
        p.followUpWindowMinutes = to.followUpWindowMinutes;
    return p;
}

AccountPatch PolicyEditor::patch(const protocol::Account &from, const protocol::Account &to) {
    AccountPatch p;
    if (from.name != to.name)
        p.name = to.name;
    if (from.helpdeskPushVerification != to.helpdeskPushVerification)
        p.helpdeskPushVerification = to.helpdeskPushVerification;
    return p;
}

bool PolicyEditor::isDirty(Part part) const {
    return part == Part::Policy ? !patch(m_policy, m_draftPolicy).isEmpty()
                                : !patch(m_account, m_draftAccount).isEmpty();
}

QString PolicyEditor::validationError(Part part) const {
    if (part == Part::Policy) {
        const QString name = m_draftPolicy.organizationName.trimmed();
        if (name.isEmpty())
            return tr("Enter the organization name shown on the user's device.");
        if (m_draftPolicy.organizationName.size() > MaxNameLength)
            return tr("The organization name can have at most %1 characters.").arg(MaxNameLength);
        if (m_draftPolicy.followUpWindowMinutes < 0 ||
            m_draftPolicy.followUpWindowMinutes > MaxWindowMinutes)
            return tr("The follow-up window is 0 to %1 minutes.").arg(MaxWindowMinutes);
        return {};
    }
    if (m_draftAccount.name.trimmed().isEmpty() || m_draftAccount.name.size() > MaxNameLength)
        return tr("The account name is 1 to %1 characters.").arg(MaxNameLength);
    return {};
}

bool PolicyEditor::canSave(Part part) const {
    const bool idle = part == Part::Policy ? m_policyCall == 0 : m_accountCall == 0;
    return canEdit() && idle && isDirty(part) && validationError(part).isEmpty();
}

void PolicyEditor::save(Part part) {
    if (!m_api || !canSave(part))
        return;
    setMessage(QString(), false);
    const QString applies = tr("Saved. The change applies to the next Send Push; a verification "
                               "already in progress keeps its mode.");
    if (part == Part::Policy) {
        m_policyCall = m_api->updatePolicy(patch(m_policy, m_draftPolicy), this,
                                           [this, applies](const ApiResult<protocol::Policy> &r) {
                                               m_policyCall = 0;
                                               if (!r) {
                                                   setMessage(r.failure().message, true);
                                                   Q_EMIT changed();
                                                   return;
                                               }
                                               m_policy = m_draftPolicy = r.value();
                                               qCInfo(lcSettings) << "policy saved";
                                               setMessage(applies, false);
                                               if (m_session)
                                                   m_session->setPolicy(m_policy);
                                               Q_EMIT changed();
                                               Q_EMIT saved(Part::Policy);
                                           });
    } else {
        m_accountCall =
            m_api->updateAccount(patch(m_account, m_draftAccount), this,
                                 [this, applies](const ApiResult<protocol::Account> &r) {
                                     m_accountCall = 0;
                                     if (!r) {
                                         setMessage(r.failure().message, true);
                                         Q_EMIT changed();
                                         return;
                                     }
                                     m_account = m_draftAccount = r.value();
                                     qCInfo(lcSettings) << "account saved";
                                     setMessage(applies, false);
                                     if (m_session)
                                         m_session->setAccount(m_account);
                                     Q_EMIT changed();
                                     Q_EMIT saved(Part::Account);
                                 });
    }
    Q_EMIT changed();
}

void PolicyEditor::revert(Part part) {
    if (part == Part::Policy)
        m_draftPolicy = m_policy;
    else
        m_draftAccount = m_account;
    setMessage(QString(), false);
    Q_EMIT changed();
}

void PolicyEditor::setMessage(const QString &text, bool error) {
    m_message = text;
    m_messageIsError = error;
}

} // namespace vd::app
