// SPDX-License-Identifier: MIT
// NetworkTransport: QNetworkAccessManager with timeouts, strict TLS and manual redirects.
#include "networktransport.h"

#include "logcategories.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>

namespace vd::app {
namespace {

HttpResponse::NetworkError classify(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::NoError:
        return HttpResponse::NetworkError::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return HttpResponse::NetworkError::Unreachable;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout produces
        return HttpResponse::NetworkError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpResponse::NetworkError::Tls;
    default:
        return HttpResponse::NetworkError::Other;
    }
}

} // namespace

NetworkTransport::NetworkTransport(QObject *parent)
    : Transport(parent)
    , m_manager(new QNetworkAccessManager(this)) {
    // A redirect could carry the bearer token to another host: never follow one.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

NetworkTransport::~NetworkTransport() {
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        it->reply->disconnect(this);
        it->reply->abort();
        it->reply->deleteLater();
    }
    m_pending.clear();
}

Transport::RequestId NetworkTransport::send(const HttpRequest &request, Callback done) {
    const RequestId id = m_nextId++;
    QNetworkRequest nr(request.url);
    nr.setTransferTimeout(int(m_timeout.count()));
    if (request.url.scheme() == QLatin1String("https"))
        nr.setSslConfiguration(sslConfiguration());
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader,
                     QByteArrayLiteral("application/json; charset=utf-8"));
    if (!request.bearerToken.isEmpty())
        nr.setRawHeader("Authorization", QByteArray("Bearer " + request.bearerToken));

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_manager->get(nr);
    else if (request.method == "DELETE" && request.body.isEmpty())
        reply = m_manager->deleteResource(nr);
    else
        reply = m_manager->sendCustomRequest(nr, request.method, request.body);

    m_pending.insert(id, Pending{reply, std::move(done), {}});
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        // Not ignored: the handshake fails. Keep the reasons for the message.
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        if (auto it = m_pending.find(id); it != m_pending.end())
            it->sslErrors = texts.join(QStringLiteral("; "));
        qCWarning(lcNet).noquote() << "TLS errors:" << texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { finish(id, reply); });
    return id;
}

void NetworkTransport::abort(RequestId id) {
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QNetworkReply *reply = it->reply;
    m_pending.erase(it);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void NetworkTransport::finish(RequestId id, QNetworkReply *reply) {
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    reply->deleteLater();

    HttpResponse r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    // An HTTP error status is an answer, not a network failure.
    if (r.status == 0) {
        r.error = classify(reply->error());
        if (r.error == HttpResponse::NetworkError::None)
            r.error = HttpResponse::NetworkError::Other;
        if (!pending.sslErrors.isEmpty())
            r.error = HttpResponse::NetworkError::Tls;
        r.errorString = pending.sslErrors.isEmpty() ? reply->errorString() : pending.sslErrors;
    }
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    if (reply->isOpen())
        r.body = reply->readAll();
    if (pending.done)
        pending.done(r);
    if (m_drain && m_pending.isEmpty())
        m_drain->quit();
}

bool NetworkTransport::drain(std::chrono::milliseconds limit) {
    if (m_pending.isEmpty() || m_drain)
        return m_pending.isEmpty();
    QEventLoop loop;
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    m_drain = &loop;
    loop.exec();
    m_drain = nullptr;
    if (!m_pending.isEmpty())
        qCInfo(lcNet) << m_pending.size() << "request(s) still unanswered at exit";
    return m_pending.isEmpty();
}

void NetworkTransport::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = timeout;
}

std::chrono::milliseconds NetworkTransport::timeout() const {
    return m_timeout;
}

bool NetworkTransport::setCaBundle(const QString &pemPath, QString *error) {
    QList<QSslCertificate> certs;
    if (!pemPath.isEmpty()) {
        QFile file(pemPath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The CA bundle %1 cannot be read: %2").arg(pemPath, file.errorString());
            return false;
        }
        certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certs.isEmpty()) {
            if (error)
                *error = tr("The CA bundle %1 holds no PEM certificate.").arg(pemPath);
            return false;
        }
        qCInfo(lcNet).noquote() << "added" << certs.size() << "CA certificates from" << pemPath;
    }
    m_extraCas = certs;
    m_ssl.reset();
    return true;
}

QSslConfiguration NetworkTransport::sslConfiguration() const {
    if (!m_ssl) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            config.addCaCertificates(m_extraCas);
        m_ssl = config;
    }
    return *m_ssl;
}

} // namespace vd::app
