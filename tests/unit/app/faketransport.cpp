// SPDX-License-Identifier: MIT
// FakeTransport: routes, held requests and asynchronous answers.
#include "faketransport.h"

#include <QJsonDocument>
#include <QTimer>

namespace vd::test {

using app::HttpRequest;
using app::HttpResponse;

FakeTransport::FakeTransport(QObject *parent)
    : Transport(parent) {}

app::Transport::RequestId FakeTransport::send(const HttpRequest &request, Callback done) {
    Entry e;
    e.id = m_next++;
    e.request = request;
    e.done = std::move(done);
    m_entries.append(e);
    Q_EMIT requestSent(request);
    for (auto it = m_routes.crbegin(); it != m_routes.crend(); ++it) {
        if (it->method == request.method && it->path == request.url.path()) {
            if (auto response = it->responder(request))
                reply(e.id, *response);
            break;
        }
    }
    return e.id;
}

QJsonObject FakeTransport::Entry::json() const {
    return QJsonDocument::fromJson(request.body).object();
}

void FakeTransport::abort(RequestId id) {
    if (Entry *e = find(id); e && e->isOpen())
        e->aborted = true;
}

void FakeTransport::route(const QByteArray &method, const QString &path, Responder responder) {
    m_routes.append({method, path, std::move(responder)});
}

void FakeTransport::route(const QByteArray &method, const QString &path,
                          const HttpResponse &response) {
    route(method, path, [response](const HttpRequest &) { return response; });
}

void FakeTransport::clearRoutes() {
    m_routes.clear();
}

void FakeTransport::reply(RequestId id, const HttpResponse &response) {
    // Asynchronous like QNetworkReply: the answer runs from the event loop, and an abort in
    // between wins.
    QTimer::singleShot(0, this, [this, id, response] {
        Entry *e = find(id);
        if (!e || e->answered || (e->aborted && m_honourAbort))
            return;
        e->answered = true;
        const Callback done = e->done;
        done(response);
    });
}

QList<FakeTransport::Entry> FakeTransport::open(const QByteArray &method,
                                                const QString &path) const {
    QList<Entry> result;
    for (const Entry &e : m_entries) {
        if (e.isOpen() && (method.isEmpty() || e.request.method == method) &&
            (path.isEmpty() || e.request.url.path() == path))
            result.append(e);
    }
    return result;
}

QList<FakeTransport::Entry> FakeTransport::matching(const QByteArray &method,
                                                    const QString &path) const {
    QList<Entry> result;
    for (const Entry &e : m_entries) {
        if (e.request.method == method && e.request.url.path() == path)
            result.append(e);
    }
    return result;
}

int FakeTransport::count(const QByteArray &method, const QString &path) const {
    return int(matching(method, path).size());
}

int FakeTransport::abortedCount() const {
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.aborted ? 1 : 0;
    return n;
}

FakeTransport::Entry *FakeTransport::find(RequestId id) {
    for (Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

HttpResponse FakeTransport::json(int status, const QJsonObject &body) {
    HttpResponse r;
    r.status = status;
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse FakeTransport::noContent() {
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse FakeTransport::error(int status, const QString &code, const QString &message) {
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), message}}}});
}

HttpResponse FakeTransport::raw(int status, const QByteArray &body) {
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse FakeTransport::networkError(HttpResponse::NetworkError error, const QString &text) {
    HttpResponse r;
    r.error = error;
    r.errorString = text.isEmpty() ? QStringLiteral("Connection refused") : text;
    return r;
}

} // namespace vd::test
