// SPDX-License-Identifier: MIT
// Only a GET that asks for a WebSocket and passes the acceptor is a match.
#include "websocketupgraderule.h"

#include <QHttpServerRequest>

namespace vd::server::http {

WebSocketUpgradeRule::WebSocketUpgradeRule(const QString &pathPattern, Accept accept,
                                           RouterHandler handler)
    : QHttpServerRouterRule(pathPattern, QHttpServerRequest::Method::Get, std::move(handler))
    , m_accept(std::move(accept)) {}

bool WebSocketUpgradeRule::isUpgrade(const QHttpServerRequest &request) {
    return request.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) ==
           0;
}

bool WebSocketUpgradeRule::matches(const QHttpServerRequest &request,
                                   QRegularExpressionMatch *match) const {
    return QHttpServerRouterRule::matches(request, match) && isUpgrade(request) &&
           m_accept(request);
}

} // namespace vd::server::http
