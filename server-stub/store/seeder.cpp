// SPDX-License-Identifier: MIT
// Demo seed: Acme Corp, three operators, four named users and a crowd of generated ones.
#include "seeder.h"

#include "secrettoken.h"

#include <array>

namespace vd::server {

namespace {

using wire::Permission;
using wire::TokenState;
using wire::TokenType;

constexpr std::array kFirst{"Olivia", "Liam", "Emma",  "Noah",   "Ava",   "Elijah", "Sophia",
                            "Lucas",  "Mia",  "Mateo", "Amelia", "Levi",  "Harper", "Ezra",
                            "Evelyn", "Leo",  "Aria",  "Jack",   "Chloe", "Owen",   "Nora",
                            "Kai",    "Zoe",  "Hugo",  "Ines",   "Felix", "Lena",   "Omar"};
constexpr std::array kLast{"Martin",  "Garcia", "Nguyen",  "Smith",  "Müller", "Rossi",  "Kowalski",
                           "Dubois",  "Silva",  "Jensen",  "Novak",  "Kim",    "Okafor", "Larsen",
                           "Fischer", "Moreau", "Schmidt", "Tanaka", "Patel",  "Haddad", "Brown",
                           "Lopez",   "Weber",  "Costa",   "Ivanov", "Meyer",  "Sato",   "Bauer"};

TokenRecord token(const QString &serial, const QString &userId, TokenType type, bool push,
                  TokenState state = TokenState::Active) {
    TokenRecord t;
    t.token.serial = serial;
    t.token.type = type;
    t.token.state = state;
    t.token.pushEnabled = push;
    t.userId = userId;
    return t;
}

} // namespace

Seeder::Seeder(Store &store, const PasswordHasher &hasher)
    : m_store(store)
    , m_hasher(hasher) {}

Status Seeder::seedDemo() {
    auto empty = m_store.isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Done{};

    struct Op {
        const char *user, *name, *role;
        Permission auth, policy, audit;
    };
    const Op ops[] = {
        {"helpdesk", "Helpdesk Operator", "Helpdesk", Permission::Edit, Permission::View,
         Permission::View},
        {"auditor", "Security Auditor", "Auditor", Permission::View, Permission::View,
         Permission::View},
        {"admin", "Account Administrator", "Administrator", Permission::Edit, Permission::Edit,
         Permission::View},
    };
    for (const Op &o : ops) {
        OperatorRecord r;
        r.username = QString::fromLatin1(o.user);
        r.displayName = QString::fromLatin1(o.name);
        r.role = QString::fromLatin1(o.role);
        r.passwordHash = m_hasher.hash(r.username); // demo passwords equal the usernames
        r.permissions = {o.auth, o.policy, o.audit};
        if (r.passwordHash.isEmpty())
            return ServiceError::internal();
        if (auto s = m_store.insertOperator(r); !s)
            return s;
    }

    const QList<protocol::User> users{
        {QStringLiteral("jdoe"), QStringLiteral("John"), QStringLiteral("Doe"),
         QStringLiteral("john.doe@acme.example")},
        {QStringLiteral("asmith"), QStringLiteral("Alice"), QStringLiteral("Smith"),
         QStringLiteral("alice.smith@acme.example")},
        {QStringLiteral("bwayne"), QStringLiteral("Bruce"), QStringLiteral("Wayne"),
         QStringLiteral("bruce.wayne@acme.example")},
        {QStringLiteral("cnodev"), QStringLiteral("Carol"), QStringLiteral("Nodev"),
         QStringLiteral("carol.nodev@acme.example")},
    };
    const QList<TokenRecord> tokens{
        token(QStringLiteral("MP-1001"), QStringLiteral("jdoe"), TokenType::MobilePassPlus, true),
        token(QStringLiteral("MP-1002"), QStringLiteral("asmith"), TokenType::MobilePassPlus,
              false),
        token(QStringLiteral("HW-2001"), QStringLiteral("bwayne"), TokenType::Hardware, false),
        token(QStringLiteral("MP-1003"), QStringLiteral("cnodev"), TokenType::MobilePassPlus, true),
    };
    if (auto s = m_store.insertUsers(users, tokens); !s)
        return s;
    // jdoe's device is registered; nobody holds its token until a simulator is activated.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto s = m_store.setDeviceTokenHash(QStringLiteral("MP-1001"),
                                            SecretToken::digest(SecretToken::generate()), now);
        !s)
        return s;
    if (auto s = m_store.setDeviceTokenHash(QStringLiteral("MP-1002"),
                                            SecretToken::digest(SecretToken::generate()), now);
        !s)
        return s;
    if (auto s = insertGenerated(0, DemoGeneratedUsers, QStringLiteral("emp")); !s)
        return s;

    if (auto s = m_store.savePolicy({true, true, QStringLiteral("Acme Corp"), 10}); !s)
        return s;
    return m_store.saveAccount({QStringLiteral("Acme Corp"), true});
}

Status Seeder::addGeneratedUsers(int count) {
    auto all = m_store.searchUsers(QString(), 0, 0);
    if (!all)
        return all.error();
    return insertGenerated(static_cast<int>(all->total), count, QStringLiteral("u"));
}

Status Seeder::insertGenerated(int first, int count, const QString &idPrefix) {
    constexpr int kBatch = 5000;
    for (int start = first; start < first + count; start += kBatch) {
        QList<protocol::User> users;
        QList<TokenRecord> tokens;
        const int end = std::min(first + count, start + kBatch);
        for (int i = start; i < end; ++i) {
            const QString fn =
                QString::fromUtf8(kFirst[static_cast<std::size_t>(i) % kFirst.size()]);
            const QString ln = QString::fromUtf8(
                kLast[(static_cast<std::size_t>(i) / kFirst.size()) % kLast.size()]);
            const QString id = idPrefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
            users.append({id, fn, ln,
                          QString(fn + QLatin1Char('.') + ln + QLatin1Char('.') + id +
                                  QStringLiteral("@acme.example"))
                              .toLower()});
            const QString n = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
            switch (i % 6) {
            case 0:
                tokens.append(
                    token(QStringLiteral("MP-") + n, id, TokenType::MobilePassPlus, true));
                break;
            case 1:
                tokens.append(
                    token(QStringLiteral("MP-") + n, id, TokenType::MobilePassPlus, false));
                tokens.append(token(QStringLiteral("PW-") + n, id, TokenType::Password, false));
                break;
            case 2:
                tokens.append(token(QStringLiteral("HW-") + n, id, TokenType::Hardware, false));
                break;
            case 3:
                tokens.append(token(QStringLiteral("SMS-") + n, id, TokenType::Sms, false));
                break;
            case 4:
                tokens.append(token(QStringLiteral("MP-") + n, id, TokenType::MobilePassPlus, true,
                                    TokenState::Suspended));
                break;
            default:
                tokens.append(token(QStringLiteral("PW-") + n, id, TokenType::Password, false));
                tokens.append(token(QStringLiteral("HW-") + n, id, TokenType::Hardware, false,
                                    TokenState::Revoked));
                break;
            }
        }
        if (auto s = m_store.insertUsers(users, tokens); !s)
            return s;
    }
    return Done{};
}

} // namespace vd::server
