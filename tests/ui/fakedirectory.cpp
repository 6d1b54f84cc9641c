// SPDX-License-Identifier: MIT
// FakeDirectory: search, paging and user records on fake data.
#include "fakedirectory.h"

#include "fixtures.h"

#include <QUrlQuery>

namespace vd::test {

protocol::User FakeDirectory::person(const QString &id, const QString &first, const QString &last) {
    protocol::User u;
    u.userId = id;
    u.firstName = first;
    u.lastName = last;
    u.email = QString(first.toLower() + QLatin1Char('.') + last.toLower() +
                      QStringLiteral("@acme.example"));
    return u;
}

QList<protocol::User> FakeDirectory::people(int generated) {
    QList<protocol::User> users{
        person(QStringLiteral("jdoe"), QStringLiteral("John"), QStringLiteral("Doe")),
        person(QStringLiteral("asmith"), QStringLiteral("Alice"), QStringLiteral("Smith")),
        person(QStringLiteral("bwayne"), QStringLiteral("Bruce"), QStringLiteral("Wayne")),
        person(QStringLiteral("cnodev"), QStringLiteral("Carol"), QStringLiteral("Nodev"))};
    const QStringList first{QStringLiteral("Anna"),   QStringLiteral("Daniel"),
                            QStringLiteral("Priya"),  QStringLiteral("Marco"),
                            QStringLiteral("Joanna"), QStringLiteral("Hannah"),
                            QStringLiteral("Sean"),   QStringLiteral("Diana"),
                            QStringLiteral("Ian"),    QStringLiteral("Ana")};
    const QStringList last{QStringLiteral("Andersen"), QStringLiteral("Fernandes"),
                           QStringLiteral("Nakamura"), QStringLiteral("Santana"),
                           QStringLiteral("Hansen"),   QStringLiteral("Kowalski"),
                           QStringLiteral("Grant"),    QStringLiteral("Morgan"),
                           QStringLiteral("Brennan"),  QStringLiteral("Laine")};
    for (int i = 0; i < generated; ++i) {
        const QString f = first.at(i % first.size());
        const QString l = last.at((i / first.size() + i) % last.size());
        const QString id =
            QString(f.left(1).toLower() + l.toLower() + (i >= 10 ? QString::number(i) : QString()));
        users.append(person(id, f, l));
    }
    return users;
}

QList<protocol::Token> FakeDirectory::tokensOf(const QString &userId) {
    using TT = wire::TokenType;
    if (userId == QStringLiteral("jdoe"))
        return {Fixtures::token(QStringLiteral("MP-1001")),
                Fixtures::token(QStringLiteral("HW-2417"), TT::Hardware, false),
                Fixtures::token(QStringLiteral("PW-3320"), TT::Password, false)};
    if (userId == QStringLiteral("bwayne"))
        return {Fixtures::token(QStringLiteral("HW-2001"), TT::Hardware, false)};
    return {Fixtures::token(QStringLiteral("MP-") + userId.toUpper().left(4))};
}

void FakeDirectory::install(FakeTransport &transport, const QList<protocol::User> &users) {
    transport.route("GET", QStringLiteral("/api/v1/users"),
                    [users](const app::HttpRequest &r) -> std::optional<app::HttpResponse> {
                        const QUrlQuery q(r.url);
                        const QString text = q.queryItemValue(QStringLiteral("q")).toLower();
                        const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
                        const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
                        protocol::Page<protocol::User> page;
                        for (const auto &u : users) {
                            if (u.userId.contains(text) || u.firstName.toLower().contains(text) ||
                                u.lastName.toLower().contains(text) || u.email.contains(text)) {
                                if (page.total >= offset && page.items.size() < limit)
                                    page.items.append(u);
                                ++page.total;
                            }
                        }
                        return FakeTransport::json(200, page.toJson());
                    });
    for (const auto &u : users) {
        protocol::UserDetail d;
        d.user = u;
        d.authenticationMethods = tokensOf(u.userId);
        transport.route("GET", QString(QStringLiteral("/api/v1/users/") + u.userId),
                        FakeTransport::json(200, d.toJson()));
    }
}

} // namespace vd::test
