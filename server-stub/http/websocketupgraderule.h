// SPDX-License-Identifier: MIT
// A QtHttpServer route rule that matches only the WebSocket upgrades its acceptor lets through.
#pragma once

#include <QHttpServerRouterRule>
#include <functional>

namespace vd::server::http {

// QtHttpServer 6.4.2 hands every upgrade request whose route matched to its WebSocket server
// once the route's handler has run, even when the handler answered it: a refused upgrade got
// its 401 followed by "101 Switching Protocols" on the same connection. Under this rule a
// refused upgrade matches no route, so QtHttpServer passes it to the missing handler (our
// Router, which answers it) and closes the connection instead of upgrading it.
class WebSocketUpgradeRule : public QHttpServerRouterRule {
public:
    using Accept = std::function<bool(const QHttpServerRequest &)>;

    WebSocketUpgradeRule(const QString &pathPattern, Accept accept, RouterHandler handler);

    static bool isUpgrade(const QHttpServerRequest &request);

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override;

private:
    Accept m_accept;
};

} // namespace vd::server::http
