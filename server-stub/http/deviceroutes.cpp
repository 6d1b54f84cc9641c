// SPDX-License-Identifier: MIT
// Device routes. Device tokens and activation codes travel in bodies and headers only.
#include "deviceroutes.h"

#include "jsonreader.h"
#include "requestparsing.h"
#include "routesupport.h"

#include <QJsonArray>

namespace vd::server::http {

DeviceRoutes::DeviceRoutes(SessionService &sessions, DeviceService &devices,
                           VerificationService &verifications)
    : m_sessions(sessions)
    , m_devices(devices)
    , m_verifications(verifications) {}

void DeviceRoutes::install(Router &router) {
    router.add(Router::Method::Post, QStringLiteral("/api/v1/tokens/{}/activation"),
               [this](const RouteContext &c) { return activationCode(c); });
    router.add(Router::Method::Post, QStringLiteral("/device/v1/activate"),
               [this](const RouteContext &c) { return activate(c); });
    router.add(Router::Method::Get, QStringLiteral("/device/v1/requests"),
               [this](const RouteContext &c) { return requests(c); });
    router.add(Router::Method::Post, QStringLiteral("/device/v1/requests/{}/response"),
               [this](const RouteContext &c) { return respond(c); });
}

Result<DeviceRoutes::Answer> DeviceRoutes::parseAnswer(const QJsonObject &o) {
    protocol::JsonReader r(o);
    Answer a;
    a.action =
        r.enumeration<wire::DeviceAction>(QStringLiteral("action"), wire::deviceActionFromWire);
    if (auto c = r.optionalInteger(QStringLiteral("choice"), -1000000, 1000000))
        a.choice = static_cast<int>(*c);
    if (!r.ok())
        return invalidField(r.error().message);
    return a;
}

QHttpServerResponse DeviceRoutes::activationCode(const RouteContext &ctx) {
    return withOperator(m_sessions, ctx, [&](const AuthenticatedOperator &who) {
        auto code = m_devices.createActivationCode(who.op, ctx.params.at(0));
        if (!code)
            return error(code.error());
        return json({{QStringLiteral("activationCode"), code.value()}}, HttpStatus::Created);
    });
}

QHttpServerResponse DeviceRoutes::activate(const RouteContext &ctx) {
    auto body = jsonBody(ctx.request);
    if (!body)
        return error(body.error());
    protocol::JsonReader r(body.value());
    const QString serial = r.string(QStringLiteral("serial"));
    const QString code = r.string(QStringLiteral("activationCode"));
    if (!r.ok())
        return error(invalidField(r.error().message));
    auto token = m_devices.activate(serial, code);
    if (!token)
        return error(token.error());
    return json({{QStringLiteral("deviceToken"), token.value()}}, HttpStatus::Created);
}

QHttpServerResponse DeviceRoutes::requests(const RouteContext &ctx) {
    auto device = m_devices.authenticate(ctx.request.value(QByteArrayLiteral("Authorization")));
    if (!device)
        return error(device.error());
    auto open = m_verifications.openRequests(device.value());
    if (!open)
        return error(open.error());
    QJsonArray items;
    for (const auto &p : open.value())
        items.append(p.toJson());
    return json({{QStringLiteral("items"), items}});
}

QHttpServerResponse DeviceRoutes::respond(const RouteContext &ctx) {
    auto device = m_devices.authenticate(ctx.request.value(QByteArrayLiteral("Authorization")));
    if (!device)
        return error(device.error());
    auto body = jsonBody(ctx.request);
    if (!body)
        return error(body.error());
    auto answer = parseAnswer(body.value());
    if (!answer)
        return error(answer.error());
    auto state =
        m_verifications.answer(device.value(), ctx.params.at(0), answer->action, answer->choice);
    if (!state)
        return error(state.error());
    return json({{QStringLiteral("state"), wire::toWire(state.value())}});
}

} // namespace vd::server::http
