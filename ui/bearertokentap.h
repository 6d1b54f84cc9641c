// SPDX-License-Identifier: MIT
// A Transport in front of the real one that remembers the bearer token of the requests
// passing through, so the event stream can be started with the session's token.
// Workaround: app/ exposes no getter for the session token (ApiClient keeps it private).
#pragma once

#include "transport.h"

#include <QByteArray>

namespace vd::ui {

class BearerTokenTap : public app::Transport {
    Q_OBJECT
public:
    // `inner` is not owned.
    explicit BearerTokenTap(app::Transport *inner, QObject *parent = nullptr);
    ~BearerTokenTap() override;

    RequestId send(const app::HttpRequest &request, Callback done) override;
    void abort(RequestId id) override;

    // Memory only; never logged.
    QByteArray token() const { return m_token; }
    // Overwrites the bytes (sign-out, expiry).
    void forget();

Q_SIGNALS:
    // An authenticated request carried a token different from the last one seen.
    void tokenSeen();

private:
    app::Transport *m_inner;
    QByteArray m_token;
};

} // namespace vd::ui
