// SPDX-License-Identifier: MIT
// Policy and account routes; partial PUT bodies are merged into the stored values.
#include "settingsroutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"

namespace vd::server::http {

SettingsRoutes::SettingsRoutes(SessionService &sessions, SettingsService &settings)
    : m_sessions(sessions)
    , m_settings(settings) {}

void SettingsRoutes::install(Router &router) {
    router.add(Router::Method::Get, QStringLiteral("/api/v1/policy"),
               [this](const RouteContext &c) {
                   return withOperator(m_sessions, c, [&](const AuthenticatedOperator &) {
                       return reply(m_settings.policy());
                   });
               });
    router.add(Router::Method::Put, QStringLiteral("/api/v1/policy"),
               [this](const RouteContext &c) { return putPolicy(c); });
    router.add(Router::Method::Get, QStringLiteral("/api/v1/account"),
               [this](const RouteContext &c) {
                   return withOperator(m_sessions, c, [&](const AuthenticatedOperator &) {
                       return reply(m_settings.account());
                   });
               });
    router.add(Router::Method::Put, QStringLiteral("/api/v1/account"),
               [this](const RouteContext &c) { return putAccount(c); });
}

QHttpServerResponse SettingsRoutes::putPolicy(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto body = jsonBody(ctx.request);
        if (!body)
            return error(body.error());
        protocol::JsonReader r(body.value());
        SettingsService::PolicyPatch patch;
        patch.pushOtpEnabled = r.optionalBoolean(QStringLiteral("pushOtpEnabled"));
        patch.numericChallengeEnabled =
            r.optionalBoolean(QStringLiteral("numericChallengeEnabled"));
        patch.organizationName = r.optionalString(QStringLiteral("organizationName"));
        if (auto minutes = r.optionalInteger(QStringLiteral("followUpWindowMinutes"), 0, 1440))
            patch.followUpWindowMinutes = static_cast<int>(*minutes);
        if (r.ok() && patch.organizationName &&
            (patch.organizationName->trimmed().isEmpty() || patch.organizationName->size() > 100))
            r.fail(QStringLiteral("organizationName"),
                   QStringLiteral("must be 1 to 100 characters"));
        if (!r.ok())
            return error(invalidField(r.error().message));
        return reply(m_settings.updatePolicy(who.op, patch));
    });
}

QHttpServerResponse SettingsRoutes::putAccount(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto body = jsonBody(ctx.request);
        if (!body)
            return error(body.error());
        protocol::JsonReader r(body.value());
        const auto name = r.optionalString(QStringLiteral("name"));
        std::optional<bool> feature;
        if (r.ok() && r.has(QStringLiteral("features"))) {
            protocol::JsonReader f(r.object(QStringLiteral("features")),
                                   QStringLiteral("features"));
            f.adopt(r.error());
            feature = f.optionalBoolean(QStringLiteral("helpdeskPushVerification"));
            r.adopt(f.error());
        }
        if (r.ok() && name && (name->trimmed().isEmpty() || name->size() > 100))
            r.fail(QStringLiteral("name"), QStringLiteral("must be 1 to 100 characters"));
        if (!r.ok())
            return error(invalidField(r.error().message));
        return reply(m_settings.updateAccount(who.op, name, feature));
    });
}

} // namespace vd::server::http
