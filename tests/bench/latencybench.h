// SPDX-License-Identifier: MIT
// Benchmark (b): time from a device's push.response leaving the client to the operator's
// verification.updated event arriving, over one device channel and one event stream.
#pragma once

#include "benchclient.h"
#include "benchstats.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <chrono>
#include <functional>
#include <optional>

namespace vd::bench {

class LatencyBench : public QObject {
    Q_OBJECT
public:
    LatencyBench(const QUrl &server, int count, int warmup, QObject *parent = nullptr);

    int run(); // process exit code: 0 when every verification ended as answered

private:
    using TimePoint = std::chrono::steady_clock::time_point;

    bool openSocket(QWebSocket &socket, const QString &path, const QByteArray &bearer);
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    bool once(int index, bool counted); // one create → answer → event cycle
    void onEvent(const QString &text);
    void onDeviceMessage(const QString &text);

    QUrl m_server;
    int m_count;
    int m_warmup;
    BenchClient m_client;
    QWebSocket m_events;
    QWebSocket m_device;
    QEventLoop m_loop;
    QTimer m_tick;

    QString m_awaitId; // verification whose terminal event is awaited
    std::optional<TimePoint> m_eventAt;
    QString m_eventState;
    std::optional<TimePoint> m_resultAt; // push.result on the device channel
    QList<QJsonObject> m_requests;       // push.request messages not yet answered
    std::optional<TimePoint> m_requestAt;

    BenchStats m_answerToEvent;
    BenchStats m_answerToResult;
    BenchStats m_createToRequest;
};

} // namespace vd::bench
