// SPDX-License-Identifier: MIT
// TokenTap: forwards every request unchanged and notes its bearer token.
#include "tokentap.h"

namespace vd::e2e {

TokenTap::TokenTap(app::Transport *inner, QObject *parent)
    : Transport(parent)
    , m_inner(inner) {}

TokenTap::~TokenTap() {
    m_token.fill('\0');
}

app::Transport::RequestId TokenTap::send(const app::HttpRequest &request, Callback done) {
    if (!request.bearerToken.isEmpty())
        m_token = request.bearerToken;
    return m_inner->send(request, std::move(done));
}

void TokenTap::abort(RequestId id) {
    m_inner->abort(id);
}

} // namespace vd::e2e
