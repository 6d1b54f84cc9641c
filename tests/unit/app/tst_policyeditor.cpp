// SPDX-License-Identifier: MIT
// PolicyEditor: loads both settings, saves only the changed fields, validates, hands saved
// values to the session (the next Send Push), read-only without policy: edit, keeps the draft
// when the server refuses.
#include "apiclient.h"
#include "faketransport.h"
#include "fixtures.h"
#include "policyeditor.h"
#include "session.h"

#include <QSignalSpy>
#include <QTest>

using vd::app::PolicyEditor;
using vd::test::FakeTransport;
using vd::test::Fixtures;
using Part = PolicyEditor::Part;

namespace {

constexpr int kWait = 10000;
const QString kPolicy = QStringLiteral("/api/v1/policy");
const QString kAccount = QStringLiteral("/api/v1/account");

vd::protocol::Policy demoPolicy() {
    vd::protocol::Policy p;
    p.organizationName = QStringLiteral("Acme Corp");
    return p;
}

vd::protocol::Account demoAccount() {
    vd::protocol::Account a;
    a.name = QStringLiteral("Acme Corp");
    a.helpdeskPushVerification = true;
    return a;
}

struct Rig {
    FakeTransport transport;
    vd::app::ApiClient api{&transport};
    vd::app::Session session{&api, nullptr};
    std::unique_ptr<PolicyEditor> editor;

    explicit Rig(vd::wire::Permission policy) {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        auto info = Fixtures::session(QStringLiteral("tok"));
        info.operatorInfo.permissions.policy = policy;
        transport.route("POST", QStringLiteral("/api/v1/session"),
                        FakeTransport::json(201, info.toJson()));
        transport.route("GET", kPolicy, FakeTransport::json(200, demoPolicy().toJson()));
        transport.route("GET", kAccount, FakeTransport::json(200, demoAccount().toJson()));
        session.signIn(QStringLiteral("admin"), QStringLiteral("admin"), false);
        editor = std::make_unique<PolicyEditor>(&api, &session);
    }
    bool load() {
        editor->load();
        return QTest::qWaitFor(
            [this] {
                return editor->isLoaded(Part::Policy) && editor->isLoaded(Part::Account) &&
                       !editor->isBusy();
            },
            kWait);
    }
};

} // namespace

class TestPolicyEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsBothParts();
    void savesOnlyChangedPolicyFields();
    void savesTheAccountFlag();
    void validation_data();
    void validation();
    void readOnlyWithoutEdit();
    void refusalKeepsTheDraft();
    void revertRestores();
};

void TestPolicyEditor::loadsBothParts() {
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    QCOMPARE(rig.transport.count("GET", kPolicy), 1);
    QCOMPARE(rig.transport.count("GET", kAccount), 1);
    QCOMPARE(rig.editor->draftPolicy().organizationName, QStringLiteral("Acme Corp"));
    QCOMPARE(rig.editor->draftPolicy().followUpWindowMinutes, 10);
    QVERIFY(rig.editor->draftAccount().helpdeskPushVerification);
    QVERIFY(rig.editor->canEdit());
    QVERIFY(rig.editor->readOnlyReason().isEmpty());
    QVERIFY(!rig.editor->isDirty(Part::Policy));
    QVERIFY(!rig.editor->canSave(Part::Policy));
}

void TestPolicyEditor::savesOnlyChangedPolicyFields() {
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    auto draft = rig.editor->draftPolicy();
    draft.numericChallengeEnabled = false;
    draft.followUpWindowMinutes = 15;
    rig.editor->setDraftPolicy(draft);
    QVERIFY(rig.editor->isDirty(Part::Policy));
    QVERIFY(rig.editor->canSave(Part::Policy));
    auto saved = demoPolicy();
    saved.numericChallengeEnabled = false;
    saved.followUpWindowMinutes = 15;
    rig.transport.route("PUT", kPolicy, FakeTransport::json(200, saved.toJson()));
    QSignalSpy done(rig.editor.get(), &PolicyEditor::saved);
    QSignalSpy sessionChanged(&rig.session, &vd::app::Session::changed);
    rig.editor->save(Part::Policy);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWait);
    QCOMPARE(rig.transport.matching("PUT", kPolicy).first().json(),
             (QJsonObject{{QStringLiteral("numericChallengeEnabled"), false},
                          {QStringLiteral("followUpWindowMinutes"), 15}}));
    // The session holds it now: the next Send Push and the follow-up window use it.
    QVERIFY(!rig.session.policy().numericChallengeEnabled);
    QCOMPARE(rig.session.policy().followUpWindowMinutes, 15);
    QVERIFY(!sessionChanged.isEmpty());
    QVERIFY(!rig.editor->isDirty(Part::Policy));
    QVERIFY(!rig.editor->messageIsError());
    QVERIFY(rig.editor->message().contains(QStringLiteral("next Send Push")));
}

void TestPolicyEditor::savesTheAccountFlag() {
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    auto draft = rig.editor->draftAccount();
    draft.helpdeskPushVerification = false;
    rig.editor->setDraftAccount(draft);
    rig.transport.route("PUT", kAccount, FakeTransport::json(200, draft.toJson()));
    QSignalSpy done(rig.editor.get(), &PolicyEditor::saved);
    rig.editor->save(Part::Account);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWait);
    QCOMPARE(done.first().first().value<Part>(), Part::Account);
    QCOMPARE(rig.transport.matching("PUT", kAccount).first().json(),
             (QJsonObject{{QStringLiteral("features"),
                           QJsonObject{{QStringLiteral("helpdeskPushVerification"), false}}}}));
    QVERIFY(!rig.session.account().helpdeskPushVerification);
    QCOMPARE(rig.transport.count("PUT", kPolicy), 0);
}

void TestPolicyEditor::validation_data() {
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << QStringLiteral("Acme, Inc.") << 30 << true;
    QTest::newRow("window off") << QStringLiteral("Acme") << 0 << true;
    QTest::newRow("a day") << QStringLiteral("Acme") << 1440 << true;
    QTest::newRow("over a day") << QStringLiteral("Acme") << 1441 << false;
    QTest::newRow("negative") << QStringLiteral("Acme") << -1 << false;
    QTest::newRow("blank name") << QStringLiteral("   ") << 10 << false;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << 10 << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << 10 << false;
}

void TestPolicyEditor::validation() {
    QFETCH(QString, organization);
    QFETCH(int, window);
    QFETCH(bool, valid);
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    auto draft = rig.editor->draftPolicy();
    draft.organizationName = organization;
    draft.followUpWindowMinutes = window;
    rig.editor->setDraftPolicy(draft);
    QCOMPARE(rig.editor->validationError(Part::Policy).isEmpty(), valid);
    QCOMPARE(rig.editor->canSave(Part::Policy), valid);
    rig.editor->save(Part::Policy);
    QTest::qWait(20);
    QCOMPARE(rig.transport.count("PUT", kPolicy), valid ? 1 : 0);
}

void TestPolicyEditor::readOnlyWithoutEdit() {
    Rig rig(vd::wire::Permission::View);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    QVERIFY(!rig.editor->canEdit());
    QVERIFY(rig.editor->readOnlyReason().contains(QStringLiteral("Policy")));
    auto draft = rig.editor->draftPolicy();
    draft.pushOtpEnabled = false;
    rig.editor->setDraftPolicy(draft);
    QVERIFY(!rig.editor->canSave(Part::Policy));
    rig.editor->save(Part::Policy);
    QTest::qWait(20);
    QCOMPARE(rig.transport.count("PUT", kPolicy), 0);
}

void TestPolicyEditor::refusalKeepsTheDraft() {
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    auto draft = rig.editor->draftPolicy();
    draft.organizationName = QStringLiteral("Acme Europe");
    rig.editor->setDraftPolicy(draft);
    rig.transport.route(
        "PUT", kPolicy,
        FakeTransport::error(403, QStringLiteral("forbidden"),
                             QStringLiteral("Your role cannot change the policy.")));
    rig.editor->save(Part::Policy);
    QTRY_VERIFY_WITH_TIMEOUT(rig.editor->messageIsError(), kWait);
    QVERIFY(!rig.editor->message().isEmpty());
    QVERIFY(rig.editor->isDirty(Part::Policy));
    QCOMPARE(rig.editor->draftPolicy().organizationName, QStringLiteral("Acme Europe"));
    QCOMPARE(rig.session.policy().organizationName, QStringLiteral("Acme Corp"));
}

void TestPolicyEditor::revertRestores() {
    Rig rig(vd::wire::Permission::Edit);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session.isSignedIn(), kWait);
    QVERIFY(rig.load());
    auto draft = rig.editor->draftPolicy();
    draft.pushOtpEnabled = false;
    rig.editor->setDraftPolicy(draft);
    QVERIFY(rig.editor->isDirty(Part::Policy));
    rig.editor->revert(Part::Policy);
    QVERIFY(!rig.editor->isDirty(Part::Policy));
    QVERIFY(rig.editor->draftPolicy().pushOtpEnabled);
}

QTEST_GUILESS_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
