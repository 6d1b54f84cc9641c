// SPDX-License-Identifier: MIT
// A byte-level HTTP/1.1 client for guard tests: sends exactly what a test writes, parses answers.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>
#include <optional>

class RawHttpClient : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // first, case-insensitive
        int headerCount(const QByteArray &name) const;
        QJsonObject json() const;
        QString errorCode() const; // error.code of a JSON error body
    };

    explicit RawHttpClient(QObject *parent = nullptr);

    bool connectTo(quint16 port, int timeoutMs = 10000);
    void send(const QByteArray &bytes);
    // Waits for the next complete response (1xx interim answers are skipped).
    std::optional<Response> readResponse(int timeoutMs = 10000);
    bool waitClosed(int timeoutMs = 10000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }
    QByteArray unparsed() const { return m_buffer; }

private:
    bool takeResponse(Response *out);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
