// SPDX-License-Identifier: MIT
// Pass-through transport that notes the session token for the event stream.
#include "bearertokentap.h"

namespace vd::ui {

BearerTokenTap::BearerTokenTap(app::Transport *inner, QObject *parent)
    : Transport(parent)
    , m_inner(inner) {}

BearerTokenTap::~BearerTokenTap() {
    forget();
}

app::Transport::RequestId BearerTokenTap::send(const app::HttpRequest &request, Callback done) {
    if (!request.bearerToken.isEmpty() && request.bearerToken != m_token) {
        forget();
        m_token = request.bearerToken;
        Q_EMIT tokenSeen();
    }
    return m_inner->send(request, std::move(done));
}

void BearerTokenTap::abort(RequestId id) {
    m_inner->abort(id);
}

void BearerTokenTap::forget() {
    m_token.fill('\0');
    m_token.clear();
}

} // namespace vd::ui
