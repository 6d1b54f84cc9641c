// SPDX-License-Identifier: MIT
// A Transport for tests: records every request, answers from routes or holds a request
// until the test answers it by hand (slow replies, races, cancellation).
#pragma once

#include "transport.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace vd::test {

class FakeTransport : public app::Transport {
    Q_OBJECT
public:
    struct Entry {
        RequestId id = 0;
        app::HttpRequest request;
        Callback done;
        bool aborted = false;
        bool answered = false;
        bool isOpen() const { return !aborted && !answered; }
        QJsonObject json() const; // the request body
    };
    // nullopt = keep the request pending for a manual reply().
    using Responder = std::function<std::optional<app::HttpResponse>(const app::HttpRequest &)>;

    explicit FakeTransport(QObject *parent = nullptr);

    RequestId send(const app::HttpRequest &request, Callback done) override;
    void abort(RequestId id) override;

    // Routes match method and URL path exactly (query ignored); the newest match wins.
    void route(const QByteArray &method, const QString &path, Responder responder);
    void route(const QByteArray &method, const QString &path, const app::HttpResponse &response);
    void clearRoutes();

    // Answers a held request (later, from the event loop, like the real transport).
    void reply(RequestId id, const app::HttpResponse &response);
    // The open requests, optionally only one method and path.
    QList<Entry> open(const QByteArray &method = {}, const QString &path = {}) const;
    const QList<Entry> &all() const { return m_entries; }
    QList<Entry> matching(const QByteArray &method, const QString &path) const;
    int count(const QByteArray &method, const QString &path) const;
    int abortedCount() const;
    void clearLog() { m_entries.clear(); }
    // false: abort() is recorded but the answer is still delivered, as when a reply is
    // already queued in the event loop; proves the layer above drops it by itself.
    void setHonourAbort(bool honour) { m_honourAbort = honour; }

    static app::HttpResponse json(int status, const QJsonObject &body);
    static app::HttpResponse noContent();
    static app::HttpResponse error(int status, const QString &code, const QString &message = {});
    static app::HttpResponse raw(int status, const QByteArray &body);
    static app::HttpResponse networkError(app::HttpResponse::NetworkError error,
                                          const QString &text = {});

Q_SIGNALS:
    void requestSent(const vd::app::HttpRequest &request);

private:
    struct Route {
        QByteArray method;
        QString path;
        Responder responder;
    };
    Entry *find(RequestId id);

    QList<Entry> m_entries;
    QList<Route> m_routes;
    RequestId m_next = 1;
    bool m_honourAbort = true;
};

} // namespace vd::test
