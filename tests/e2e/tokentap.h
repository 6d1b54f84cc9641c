// SPDX-License-Identifier: MIT
// A pass-through Transport that keeps the bearer token of the requests it forwards, so the
// test can check that the session token appears in no log (app/ never hands it out).
#pragma once

#include "transport.h"

#include <QByteArray>

namespace vd::e2e {

class TokenTap : public app::Transport {
    Q_OBJECT
public:
    // `inner` is not owned.
    explicit TokenTap(app::Transport *inner, QObject *parent = nullptr);
    ~TokenTap() override;

    RequestId send(const app::HttpRequest &request, Callback done) override;
    void abort(RequestId id) override;

    QByteArray token() const { return m_token; }

private:
    app::Transport *m_inner;
    QByteArray m_token;
};

} // namespace vd::e2e
