// SPDX-License-Identifier: MIT
// A byte-level HTTP/1.1 client for guard tests: sends exactly what a test writes, parses answers.
#include "rawhttpclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int RawHttpClient::Response::headerCount(const QByteArray &name) const {
    int n = 0;
    for (const auto &h : headers)
        n += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

QJsonObject RawHttpClient::Response::json() const {
    return QJsonDocument::fromJson(body).object();
}

QString RawHttpClient::Response::errorCode() const {
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent) {
    connect(&m_socket, &QIODevice::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs) {
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawHttpClient::takeResponse(Response *out) {
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        Response r;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        length = r.header("Content-Length").toLongLong();
        const qsizetype bodyStart = headEnd + 4;
        if (m_buffer.size() - bodyStart < length)
            return false;
        r.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
        if (r.status >= 100 && r.status < 200)
            continue;
        *out = r;
        return true;
    }
}

std::optional<RawHttpClient::Response> RawHttpClient::readResponse(int timeoutMs) {
    Response r;
    if (QTest::qWaitFor([&] { return takeResponse(&r); }, timeoutMs))
        return r;
    return std::nullopt;
}

bool RawHttpClient::waitClosed(int timeoutMs) {
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}
