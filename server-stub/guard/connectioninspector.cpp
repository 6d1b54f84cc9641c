// SPDX-License-Identifier: MIT
// Watches one HTTP connection for the connection guard: framing, limits, timeouts, refusals.
#include "connectioninspector.h"

#include "socketops.h"
#include "wire.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

// How QtHttpServer 6.4.2 consumes a socket, and why our byte accounting follows from it
// (read from the qthttpserver 6.4 sources and confirmed by experiments against the Debian build):
//
//  * QAbstractHttpServer connects one readyRead slot per socket, inside addPendingConnection()
//    (QTcpServer::pendingConnectionAvailable is a direct connection). Slots run in connection
//    order, so a slot connected before addPendingConnection() runs before the server parses,
//    and one connected after it runs once the server has parsed.
//  * The slot calls startTransaction() unless a transaction is open, then reads byte by byte
//    (request line, headers), then the body (read() of Content-Length bytes, or a chunk parser).
//    It stops at the end of ONE request: it then commitTransaction()s, runs the route, and if
//    bytes remain it re-emits readyRead through a queued call, one request per emission.
//    If the request is incomplete it has read everything available and leaves the transaction
//    open, so the next readyRead continues where it stopped.
//  * Inside an open transaction, bytesAvailable() and peek() start at the transaction's read
//    position. So at any moment the peekable buffer is exactly "bytes the server has not
//    consumed yet", whether or not a transaction is open.
//  * Bytes only enter the buffer in QAbstractSocket's read notification, which then emits
//    readyRead at once; the server only consumes inside its readyRead slot. So between two of
//    our slot calls either bytes arrived (bytesAvailable() grew) or the server consumed
//    (it shrank), never both. We keep m_arrived, the stream offset of the buffer's end; the
//    server's consumed offset is then m_arrived - bytesAvailable(), and the part of the buffer
//    we have not scanned yet starts at m_framer.position() - consumed.
//  * One bug: after the last chunk of a chunked body it reads the final CRLF with read(2). When
//    the '\r' came at the end of one read, the next read(2) takes the '\n' plus the first byte
//    of the next pipelined request, and that byte is lost ("GET" becomes "ET": 404). We see the
//    situation coming in the first slot (the final '\n' is the first unconsumed byte and more
//    follows) and, if the server then consumed exactly one byte too many, ungetChar() it back in
//    the last slot (no transaction is open then) and re-emit readyRead as the server would.
//  * On a WebSocket upgrade it disconnects every signal of the socket, rolls the transaction
//    back and gives the socket to its QWebSocketServer; we stop inspecting at that head.
//
// A refusal found in a pipelined request behind requests the server has not consumed yet waits
// until the server has consumed up to that request's first byte, so earlier requests still get
// their answers and the server never reads a byte of the refused one.

namespace vd::server {

namespace {

// After a refusal we keep reading (and discarding) for a while so the kernel does not answer the
// client's in-flight bytes with RST, which could destroy our answer before the client reads it.
constexpr int MaxLingerMs = 2000;
constexpr qint64 MaxDrainBytes = 1024 * 1024;

QString sizeText(qint64 bytes) {
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString durationText(int ms) {
    if (ms >= 1000 && ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 ms").arg(ms);
}

QString code(const char *wireCode) {
    return QString::fromLatin1(wireCode);
}

// Scratch space for peeking, shared by all connections of the (single) event-loop thread, so the
// hot path does not allocate.
QByteArray &peekBuffer() {
    thread_local QByteArray buffer;
    return buffer;
}

} // namespace

ConnectionInspector::ConnectionInspector(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(RequestFramer::Limits{limits.maxHeaderBytes, limits.maxBodyBytes})
    , m_idle(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_linger(new QTimer(this)) {
    m_idle->setSingleShot(true);
    m_deadline->setSingleShot(true);
    m_linger->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &ConnectionInspector::onIdle);
    connect(m_deadline, &QTimer::timeout, this, &ConnectionInspector::onDeadline);
    connect(m_linger, &QTimer::timeout, m_socket, &QAbstractSocket::abort);
}

ConnectionInspector::~ConnectionInspector() {
    // Covers sockets deleted without a disconnected() we could see (after a WebSocket upgrade
    // the HTTP server drops every connection of the socket).
    release();
}

void ConnectionInspector::attachFirst() {
    m_before = connect(m_socket, &QIODevice::readyRead, this, &ConnectionInspector::beforeHttp);
    m_written =
        connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionInspector::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConnectionInspector::onDisconnected);
    restartIdle();
}

void ConnectionInspector::attachLast() {
    m_handedOver = true;
    m_after = connect(m_socket, &QIODevice::readyRead, this, &ConnectionInspector::afterHttp);
}

void ConnectionInspector::refuseUnhanded(const Refusal &refusal, const char *detail) {
    m_handedOver = false;
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConnectionInspector::onDisconnected,
            Qt::UniqueConnection);
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionInspector::onBytesWritten,
            Qt::UniqueConnection);
    refuse(refusal, detail);
}

void ConnectionInspector::account(qint64 available) {
    if (available > m_lastAvailable) {
        m_arrived += available - m_lastAvailable;
        restartIdle();
    }
    m_lastAvailable = available;
}

void ConnectionInspector::beforeHttp() {
    if (m_mode != Mode::Inspecting)
        return;
    const qint64 available = m_socket->bytesAvailable();
    account(available);
    if (m_pending) {
        if (m_pendingAt <= m_arrived - available)
            refusePending();
        return;
    }
    scan(available);
}

void ConnectionInspector::afterHttp() {
    if (m_restorePending)
        restoreSwallowedByte();
    if (m_mode != Mode::Inspecting)
        return;
    const qint64 available = m_socket->bytesAvailable();
    account(available);
    if (m_pending && m_pendingAt <= m_arrived - available)
        refusePending();
}

void ConnectionInspector::restoreSwallowedByte() {
    m_restorePending = false;
    const qint64 available = m_socket->bytesAvailable();
    if (m_arrived - available != m_restoreAt + 1 || m_socket->isTransactionStarted())
        return; // the server did not lose the byte this time
    m_socket->ungetChar(m_restoreByte);
    m_lastAvailable = m_socket->bytesAvailable();
    QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
    if (m_mode == Mode::Passthrough)
        disconnect(m_after); // kept only for this
}

void ConnectionInspector::scan(qint64 available) {
    const qint64 consumed = m_arrived - available;
    qint64 offset = m_framer.position() - consumed; // scanned bytes still in the buffer
    if (offset < 0 || offset > available) {
        // The server read bytes we never saw: only possible if someone else reads the socket.
        refuse({400, code(wire::error::InvalidRequest), QStringLiteral("Malformed HTTP request.")},
               "lost track of the byte stream");
        return;
    }
    // The first request the server has not consumed is at most this long once accepted, so
    // scanning this far ahead is always enough; a flood of pipelined bytes waits its turn.
    const qint64 lookahead = 2 * m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 4096;
    const qint64 end = qMin(available, qMax(offset, lookahead));

    if (const qint64 blind = qMin(end - offset, m_framer.blindBytes()); blind > 0) {
        m_framer.skipBlind(blind); // body bytes: counted, never copied
        offset += blind;
    }
    if (end > offset && m_framer.result() == RequestFramer::Result::NeedMore) {
        QByteArray &buffer = peekBuffer();
        if (buffer.size() < end)
            buffer.resize(end);
        const qint64 peeked = m_socket->peek(buffer.data(), end);
        if (peeked > offset)
            m_framer.feed(buffer.constData() + offset, qsizetype(peeked - offset));
        if (m_framer.lastChunkedEnd() == consumed + 1 && peeked >= 2) {
            m_restorePending = true;
            m_restoreAt = consumed + 1;
            m_restoreByte = buffer.at(1);
        }
    }
    afterScan(consumed);
}

void ConnectionInspector::afterScan(qint64 consumed) {
    switch (m_framer.result()) {
    case RequestFramer::Result::Error:
        if (m_framer.requestStart() <= consumed) {
            refuse(refusalForFramerError(), m_framer.errorDetail());
        } else {
            m_pending = refusalForFramerError();
            m_pendingDetail = m_framer.errorDetail();
            m_pendingAt = m_framer.requestStart();
        }
        return;
    case RequestFramer::Result::Upgrade:
        enterPassthrough();
        return;
    case RequestFramer::Result::NeedMore:
        updateDeadline();
        return;
    }
}

void ConnectionInspector::updateDeadline() {
    if (!m_framer.inRequest()) {
        m_deadline->stop();
        return;
    }
    if (m_framer.requestsStarted() != m_deadlineRequest) {
        m_deadlineRequest = m_framer.requestsStarted();
        if (m_limits.requestDeadlineMs > 0)
            m_deadline->start(m_limits.requestDeadlineMs);
    }
}

void ConnectionInspector::restartIdle() {
    if (m_mode == Mode::Inspecting && m_limits.idleTimeoutMs > 0)
        m_idle->start(m_limits.idleTimeoutMs);
}

void ConnectionInspector::onIdle() {
    if (m_mode != Mode::Inspecting)
        return;
    if (m_pending)
        refusePending();
    else if (m_framer.inRequest() && m_framer.requestHasContent())
        refuse(timeoutRefusal(true), "idle in the middle of a request");
    else
        beginClose({}); // an idle keep-alive connection: just close it
}

void ConnectionInspector::onDeadline() {
    if (m_mode != Mode::Inspecting)
        return;
    if (m_pending)
        refusePending();
    else if (m_framer.requestHasContent())
        refuse(timeoutRefusal(false), "request not complete before its deadline");
    else
        beginClose({});
}

void ConnectionInspector::onBytesWritten() {
    if (m_mode == Mode::Inspecting) {
        restartIdle(); // a slow reader of a large answer is not idle
        return;
    }
    if (m_mode == Mode::Closing && !m_writeShutdown && m_socket->bytesToWrite() == 0) {
        m_writeShutdown = true;
        socketops::shutdownWrite(m_socket->socketDescriptor());
    }
}

void ConnectionInspector::onDisconnected() {
    m_idle->stop();
    m_deadline->stop();
    m_linger->stop();
    release();
    if (!m_handedOver)
        m_socket->deleteLater(); // the HTTP server deletes the ones it knows
}

void ConnectionInspector::drain() {
    const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
    if (skipped > 0)
        m_drained += skipped;
    if (m_drained > MaxDrainBytes)
        m_socket->abort();
}

void ConnectionInspector::refuse(const Refusal &refusal, const char *detail) {
    Q_EMIT rejected(
        QStringLiteral("%1 %2 from %3: %4")
            .arg(refusal.status)
            .arg(refusal.code, m_socket->peerAddress().toString(), QString::fromLatin1(detail)));
    beginClose(refusal.toHttp());
}

void ConnectionInspector::refusePending() {
    const Refusal refusal = *m_pending;
    m_pending.reset();
    refuse(refusal, m_pendingDetail);
}

void ConnectionInspector::beginClose(const QByteArray &response) {
    if (m_mode == Mode::Closing)
        return;
    m_mode = Mode::Closing;
    m_idle->stop();
    m_deadline->stop();
    // The HTTP server must not parse anything more from this connection; QObject skips slots
    // disconnected during an emission, so this holds even when called from our first slot.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionInspector::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // else drained bytes would pile up in the transaction
    drain();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socket->abort();
        return;
    }
    const int linger =
        m_limits.idleTimeoutMs > 0 ? qMin(MaxLingerMs, m_limits.idleTimeoutMs) : MaxLingerMs;
    m_linger->start(linger);
    if (!response.isEmpty()) {
        m_socket->write(response);
        m_socket->flush();
    }
    onBytesWritten(); // shuts the write side once everything is out
}

void ConnectionInspector::enterPassthrough() {
    m_mode = Mode::Passthrough;
    m_idle->stop();
    m_deadline->stop();
    disconnect(m_before);
    if (!m_restorePending)
        disconnect(m_after);
    disconnect(m_written);
    // The HTTP server disconnects all of the socket's signals when it takes the upgrade, ours
    // included; connect again once it has done so, to keep counting the connection as open.
    QTimer::singleShot(0, this, &ConnectionInspector::watchUpgradedSocket);
}

void ConnectionInspector::watchUpgradedSocket() {
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConnectionInspector::onDisconnected,
            Qt::UniqueConnection);
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void ConnectionInspector::release() {
    if (m_released)
        return;
    m_released = true;
    Q_EMIT released();
}

Refusal ConnectionInspector::refusalForFramerError() const {
    switch (m_framer.error()) {
    case RequestFramer::Error::HeadersTooLarge:
        return {431, code(wire::error::HeadersTooLarge),
                QStringLiteral("Request headers exceed the limit of %1.")
                    .arg(sizeText(m_limits.maxHeaderBytes))};
    case RequestFramer::Error::TooManyHeaderFields:
        return {431, code(wire::error::HeadersTooLarge),
                QStringLiteral("Request has more than %1 header fields.")
                    .arg(RequestFramer::MaxHeaderFields)};
    case RequestFramer::Error::PayloadTooLarge:
        return {413, code(wire::error::PayloadTooLarge),
                QStringLiteral("Request body exceeds the limit of %1.")
                    .arg(sizeText(m_limits.maxBodyBytes))};
    case RequestFramer::Error::Malformed:
    case RequestFramer::Error::None:
        break;
    }
    return {400, code(wire::error::InvalidRequest),
            QStringLiteral("Malformed HTTP request: %1.")
                .arg(QString::fromLatin1(m_framer.errorDetail()))};
}

Refusal ConnectionInspector::timeoutRefusal(bool idle) const {
    const QString message = idle ? QStringLiteral("No request data received for %1.")
                                       .arg(durationText(m_limits.idleTimeoutMs))
                                 : QStringLiteral("Request not complete within %1.")
                                       .arg(durationText(m_limits.requestDeadlineMs));
    return {408, code(wire::error::RequestTimeout), message};
}

} // namespace vd::server
