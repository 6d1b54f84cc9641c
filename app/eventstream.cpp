// SPDX-License-Identifier: MIT
// EventStream: one socket, reconnect timer with backoff, verification.updated decoding.
#include "eventstream.h"

#include "logcategories.h"
#include "websocketeventsocket.h"
#include "wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace vd::app {

EventStream::EventStream(EventSocket *socket, QObject *parent)
    : VerificationEventSource(parent)
    , m_socket(socket ? socket : new WebSocketEventSocket(this))
    , m_reconnect(new QTimer(this)) {
    m_socket->setParent(this);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &EventStream::openSocket);
    connect(m_socket, &EventSocket::connected, this, &EventStream::onConnected);
    connect(m_socket, &EventSocket::disconnected, this, &EventStream::onDropped);
    connect(m_socket, &EventSocket::errorOccurred, this, [this](const QString &error) {
        qCInfo(lcEvents).noquote() << "event stream error:" << error;
        onDropped();
    });
    connect(m_socket, &EventSocket::textMessageReceived, this, &EventStream::onMessage);
}

EventStream::~EventStream() {
    m_token.fill('\0');
}

QUrl EventStream::eventsUrl(const QUrl &serverUrl) {
    QUrl url = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery |
                                  QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setScheme(serverUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) // StripTrailingSlash keeps a lone "/"
        base.chop(1);
    url.setPath(QString(base + QStringLiteral("/api/v1/events")));
    return url;
}

void EventStream::start(const QUrl &serverUrl, const QByteArray &sessionToken) {
    stop();
    m_url = eventsUrl(serverUrl);
    m_token = sessionToken;
    m_started = true;
    m_backoff.reset();
    openSocket();
}

void EventStream::stop() {
    const bool wasStarted = m_started;
    m_started = false;
    m_reconnect->stop();
    m_opening = false;
    if (wasStarted)
        m_socket->close();
    if (!m_token.isEmpty()) {
        m_token.detach();
        m_token.fill('\0');
    }
    m_token.clear();
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
        Q_EMIT connectionChanged(false);
    }
}

bool EventStream::isConnected() const {
    return m_connected;
}

bool EventStream::isStarted() const {
    return m_started;
}

void EventStream::setBackoff(const Backoff &backoff) {
    m_backoff = backoff;
}

void EventStream::setSslConfiguration(const QSslConfiguration &config) {
    m_socket->setSslConfiguration(config);
}

qint64 EventStream::pendingReconnectMs() const {
    return m_reconnect->isActive() ? m_reconnect->interval() : -1;
}

void EventStream::openSocket() {
    if (!m_started)
        return;
    QNetworkRequest request(m_url);
    // The header, not the URL: URLs end up in proxy and server logs.
    request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));
    m_opening = true;
    qCDebug(lcEvents).noquote() << "connecting to" << m_url.toString();
    m_socket->open(request);
}

void EventStream::onConnected() {
    m_opening = false;
    if (!m_started) {
        m_socket->close();
        return;
    }
    m_backoff.reset();
    qCInfo(lcEvents) << "event stream connected";
    if (!m_connected) {
        m_connected = true;
        Q_EMIT connected();
        Q_EMIT connectionChanged(true);
    }
}

void EventStream::onDropped() {
    m_opening = false;
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
        Q_EMIT connectionChanged(false);
    }
    // Both errorOccurred and disconnected may arrive for one drop: schedule once.
    if (!m_started || m_reconnect->isActive())
        return;
    const auto delay = m_backoff.next();
    qCInfo(lcEvents) << "event stream reconnect in" << delay.count() << "ms";
    m_reconnect->start(delay);
}

std::optional<protocol::Verification> EventStream::decode(const QString &message, QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<protocol::Verification>();
    };
    if (error)
        error->clear();
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("event is not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isString())
        return fail(QStringLiteral("event has no type"));
    if (type.toString() != QLatin1String(wire::EventVerificationUpdated))
        return std::nullopt; // a newer server may send more kinds; not an error
    const QJsonValue v = o.value(QStringLiteral("verification"));
    if (!v.isObject())
        return fail(QStringLiteral("verification must be an object"));
    protocol::DecodeError decodeError;
    auto verification = protocol::Verification::fromJson(v.toObject(), &decodeError);
    if (!verification)
        return fail(decodeError.message);
    return verification;
}

void EventStream::onMessage(const QString &message) {
    QString error;
    const auto verification = decode(message, &error);
    if (!verification) {
        if (!error.isEmpty())
            qCWarning(lcEvents).noquote() << "ignoring malformed event:" << error;
        return;
    }
    Q_EMIT verificationUpdated(*verification);
}

} // namespace vd::app
