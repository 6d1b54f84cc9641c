// SPDX-License-Identifier: MIT
// FakeEventSocket: connection state driven by the test.
#include "fakeeventsocket.h"

namespace vd::test {

FakeEventSocket::FakeEventSocket(QObject *parent)
    : EventSocket(parent) {}

void FakeEventSocket::open(const QNetworkRequest &request) {
    m_requests.append(request);
    m_connecting = true;
}

void FakeEventSocket::close() {
    ++m_closes;
    m_connecting = false;
    if (m_connected) {
        m_connected = false;
        Q_EMIT disconnected();
    }
}

void FakeEventSocket::acceptConnection() {
    m_connecting = false;
    m_connected = true;
    Q_EMIT connected();
}

void FakeEventSocket::failConnection(const QString &error) {
    m_connecting = false;
    Q_EMIT errorOccurred(error);
}

void FakeEventSocket::drop(const QString &error) {
    const bool was = m_connected;
    m_connected = false;
    m_connecting = false;
    Q_EMIT errorOccurred(error);
    if (was)
        Q_EMIT disconnected();
}

void FakeEventSocket::deliver(const QString &message) {
    Q_EMIT textMessageReceived(message);
}

} // namespace vd::test
