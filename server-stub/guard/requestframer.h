// SPDX-License-Identifier: MIT
// Incremental HTTP/1.1 request framing that mirrors where QtHttpServer 6.4.2 splits a byte stream.
#pragma once

#include <QtGlobal>

namespace vd::server {

// Finds request boundaries (head, Content-Length or chunked body) in a byte stream without
// storing it, and refuses everything that QtHttpServer 6.4.2 would frame differently from a
// strict reader: duplicate or conflicting framing headers, bare CR, obs-fold, more header
// fields than its header parser keeps (it then silently drops them all, including
// Content-Length, and parses the body as a new request), chunk trailers, and so on.
// Whatever this class accepts, QtHttpServer ends each request at the same byte.
class RequestFramer {
public:
    struct Limits {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
    };
    enum class Result { NeedMore, Upgrade, Error };
    enum class Error { None, HeadersTooLarge, TooManyHeaderFields, PayloadTooLarge, Malformed };

    // QHttpHeaderParser in Qt 6.4.2 gives up on the 101st field (measured, not configurable).
    static constexpr int MaxHeaderFields = 100;

    explicit RequestFramer(Limits limits);

    // Scans the bytes that follow those fed so far. Stops at an error or right after the head of
    // a WebSocket upgrade; returns how many bytes it took. Once result() is not NeedMore every
    // further call takes nothing.
    qsizetype feed(const char *data, qsizetype size);
    // Body bytes that can be taken without looking at them (fixed-length body, chunk data).
    qint64 blindBytes() const;
    void skipBlind(qint64 count); // count <= blindBytes()

    Result result() const { return m_result; }
    Error error() const { return m_error; }
    const char *errorDetail() const { return m_detail; } // static English text, for logs
    qint64 position() const { return m_position; }
    // A request has begun (leading blank lines count) and has not been completed yet.
    bool inRequest() const { return m_state != State::BeforeRequest; }
    // The current request has more than blank lines, so a timeout deserves an answer.
    bool requestHasContent() const { return m_requestHasContent; }
    qint64 requestStart() const { return m_requestStart; }
    quint64 requestsStarted() const { return m_requestsStarted; }
    quint64 requestsCompleted() const { return m_requestsCompleted; }
    // Stream offset just past the last chunked request completed so far (0: none yet).
    qint64 lastChunkedEnd() const { return m_lastChunkedEnd; }

private:
    enum class State {
        BeforeRequest,
        LeadingBlank,
        Method,
        Target,
        Version,
        RequestLineLf,
        HeaderStart,
        HeaderName,
        HeaderValue,
        HeaderLf,
        HeadEndLf,
        FixedBody,
        ChunkSize,
        ChunkExtension,
        ChunkSizeLf,
        ChunkData,
        ChunkDataCr,
        ChunkDataLf,
        LastChunkCr,
        LastChunkLf,
        Done, // upgrade or error: nothing more is taken
    };
    enum class Field { Other, ContentLength, TransferEncoding, Connection, Upgrade };

    bool step(char c); // false: stop (error or upgrade)
    bool fail(Error e, const char *detail);
    void beginRequest(bool blank);
    void beginHeaderValue();
    bool endHeaderLine();
    bool endHead();
    void completeRequest();
    bool headTooLarge() const;
    void tokenAppend(char c);
    bool tokenEquals(const char *lowerLiteral) const;

    Limits m_limits;
    State m_state = State::BeforeRequest;
    Result m_result = Result::NeedMore;
    Error m_error = Error::None;
    const char *m_detail = "";

    qint64 m_position = 0;
    qint64 m_requestStart = 0;
    quint64 m_requestsStarted = 0;
    quint64 m_requestsCompleted = 0;
    qint64 m_lastChunkedEnd = 0;
    bool m_requestHasContent = false;

    // Request line.
    int m_methodLength = 0;
    int m_versionIndex = 0;

    // Current header line.
    char m_name[20] = {};
    int m_nameLength = 0;
    Field m_field = Field::Other;
    bool m_valueStarted = false;
    char m_token[16] = {};
    int m_tokenLength = 0;
    int m_tokenTrimmedLength = 0;
    bool m_tokenOverflow = false;
    qint64 m_number = 0;
    int m_digits = 0;
    bool m_numberBroken = false;
    bool m_numberEnded = false;
    int m_upgradeMatch = 0;
    bool m_valueHasUpgrade = false;

    // Whole head.
    int m_fieldCount = 0;
    bool m_hasContentLength = false;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    int m_connectionCount = 0;
    bool m_firstConnectionUpgrade = false;
    bool m_anyConnectionUpgrade = false;
    bool m_hasUpgrade = false;
    bool m_upgradeWebSocket = false;

    // Body.
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_bodyWireBytes = 0;
    qint64 m_chunkSize = 0;
    int m_chunkLineLength = 0;
};

} // namespace vd::server
