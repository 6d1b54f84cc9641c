// SPDX-License-Identifier: MIT
// An in-process QHttpServer behind a ConnectionGuard, with the few routes the guard tests use.
#pragma once

#include "connectionguard.h"

#include <QHttpServer>
#include <QObject>
#include <QStringList>

class QWebSocket;

class GuardFixture : public QObject {
    Q_OBJECT
public:
    explicit GuardFixture(vd::server::ConnectionLimits limits = {}, QObject *parent = nullptr);

    bool start(); // 127.0.0.1, any free port
    quint16 port() const { return m_port; }
    vd::server::ConnectionGuard *guard() const { return m_guard; }
    const QStringList &rejections() const { return m_rejections; }
    int webSocketsOpen() const { return m_webSockets; }
    int requestsHandled() const { return m_handled; }

private:
    void acceptWebSockets();

    QHttpServer m_http;
    vd::server::ConnectionGuard *m_guard;
    QStringList m_rejections;
    quint16 m_port = 0;
    int m_webSockets = 0;
    int m_handled = 0;
};
