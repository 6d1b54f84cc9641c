// SPDX-License-Identifier: MIT
// Incremental HTTP/1.1 request framing that mirrors where QtHttpServer 6.4.2 splits a byte stream.
#include "requestframer.h"

#include <cstring>
#include <string_view>

namespace vd::server {

namespace {

constexpr bool isTchar(unsigned char c) {
    constexpr std::string_view others = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != 0 && others.find(char(c)) != std::string_view::npos);
}

constexpr bool isVchar(unsigned char c) {
    return c >= 0x21 && c <= 0x7e;
}

// Field values may carry obs-text (>= 0x80) but no control character other than HTAB.
constexpr bool isFieldChar(unsigned char c) {
    return c == '\t' || c == ' ' || isVchar(c) || c >= 0x80;
}

// QtHttpServer skips these before a request line; so must we, to stay in step with it.
constexpr bool isLeadingBlank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

constexpr int hexValue(unsigned char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

constexpr int MaxMethodLength = 32;
constexpr int MaxChunkLineLength = 256;
// Past this a Content-Length is "huge" for every purpose; stops the accumulator overflowing.
constexpr qint64 SaturatedNumber = Q_INT64_C(1000000000000000);

constexpr char HttpVersionPrefix[] = "HTTP/1.";
constexpr int HttpVersionPrefixLength = sizeof(HttpVersionPrefix) - 1;
constexpr char UpgradeToken[] = "upgrade";
constexpr int UpgradeTokenLength = sizeof(UpgradeToken) - 1;

} // namespace

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits) {
    m_limits.maxHeaderBytes = qMax<qint64>(1, m_limits.maxHeaderBytes);
    m_limits.maxBodyBytes = qMax<qint64>(0, m_limits.maxBodyBytes);
}

qsizetype RequestFramer::feed(const char *data, qsizetype size) {
    qsizetype taken = 0;
    while (taken < size && m_result == Result::NeedMore) {
        if (const qint64 blind = blindBytes()) {
            const qint64 count = qMin<qint64>(blind, size - taken);
            skipBlind(count);
            taken += qsizetype(count);
            continue;
        }
        ++m_position;
        if (!step(data[taken++]))
            break;
    }
    return taken;
}

qint64 RequestFramer::blindBytes() const {
    if (m_state == State::FixedBody || m_state == State::ChunkData)
        return m_remaining;
    return 0;
}

void RequestFramer::skipBlind(qint64 count) {
    Q_ASSERT(count >= 0 && count <= blindBytes());
    m_position += count;
    m_remaining -= count;
    if (m_remaining > 0)
        return;
    if (m_state == State::FixedBody)
        completeRequest();
    else if (m_state == State::ChunkData)
        m_state = State::ChunkDataCr;
}

bool RequestFramer::fail(Error e, const char *detail) {
    m_state = State::Done;
    m_result = Result::Error;
    m_error = e;
    m_detail = detail;
    return false;
}

void RequestFramer::beginRequest(bool blank) {
    m_state = State::LeadingBlank;
    m_requestStart = m_position - 1; // the byte being stepped is the request's first
    ++m_requestsStarted;
    m_requestHasContent = !blank;
    m_methodLength = 0;
    m_versionIndex = 0;
    m_fieldCount = 0;
    m_hasContentLength = false;
    m_contentLength = 0;
    m_chunked = false;
    m_connectionCount = 0;
    m_firstConnectionUpgrade = false;
    m_anyConnectionUpgrade = false;
    m_hasUpgrade = false;
    m_upgradeWebSocket = false;
}

void RequestFramer::completeRequest() {
    if (m_chunked)
        m_lastChunkedEnd = m_position;
    m_state = State::BeforeRequest;
    m_requestHasContent = false;
    ++m_requestsCompleted;
}

bool RequestFramer::headTooLarge() const {
    return m_position - m_requestStart > m_limits.maxHeaderBytes;
}

void RequestFramer::beginHeaderValue() {
    m_field = Field::Other;
    if (m_nameLength <= int(sizeof(m_name))) {
        const auto is = [this](const char *lit) {
            return int(std::strlen(lit)) == m_nameLength &&
                   std::memcmp(m_name, lit, size_t(m_nameLength)) == 0;
        };
        if (is("content-length"))
            m_field = Field::ContentLength;
        else if (is("transfer-encoding"))
            m_field = Field::TransferEncoding;
        else if (is("connection"))
            m_field = Field::Connection;
        else if (is("upgrade"))
            m_field = Field::Upgrade;
    }
    m_valueStarted = false;
    m_tokenLength = 0;
    m_tokenTrimmedLength = 0;
    m_tokenOverflow = false;
    m_number = 0;
    m_digits = 0;
    m_numberBroken = false;
    m_numberEnded = false;
    m_upgradeMatch = 0;
    m_valueHasUpgrade = false;
}

void RequestFramer::tokenAppend(char c) {
    if (m_tokenLength >= int(sizeof(m_token))) {
        m_tokenOverflow = true;
        return;
    }
    m_token[m_tokenLength++] = asciiLower(c);
    if (c != ' ' && c != '\t')
        m_tokenTrimmedLength = m_tokenLength;
}

bool RequestFramer::tokenEquals(const char *lowerLiteral) const {
    const auto length = std::strlen(lowerLiteral);
    return !m_tokenOverflow && size_t(m_tokenTrimmedLength) == length &&
           std::memcmp(m_token, lowerLiteral, length) == 0;
}

bool RequestFramer::endHeaderLine() {
    switch (m_field) {
    case Field::ContentLength:
        // QtHttpServer reads only the first Content-Length and treats the rest as a new request.
        if (m_digits == 0 || m_numberBroken)
            return fail(Error::Malformed, "invalid Content-Length");
        if (m_hasContentLength)
            return fail(Error::Malformed, "duplicate Content-Length");
        m_hasContentLength = true;
        m_contentLength = m_number;
        break;
    case Field::TransferEncoding:
        // QtHttpServer decodes nothing but chunked, and takes "contains chunked" for chunked.
        if (m_chunked)
            return fail(Error::Malformed, "duplicate Transfer-Encoding");
        if (!tokenEquals("chunked"))
            return fail(Error::Malformed, "unsupported Transfer-Encoding");
        m_chunked = true;
        break;
    case Field::Connection:
        if (++m_connectionCount == 1)
            m_firstConnectionUpgrade = m_valueHasUpgrade;
        m_anyConnectionUpgrade = m_anyConnectionUpgrade || m_valueHasUpgrade;
        break;
    case Field::Upgrade:
        if (m_hasUpgrade)
            return fail(Error::Malformed, "duplicate Upgrade");
        m_hasUpgrade = true;
        m_upgradeWebSocket = tokenEquals("websocket");
        break;
    case Field::Other:
        break;
    }
    m_state = State::HeaderStart;
    return true;
}

bool RequestFramer::endHead() {
    // QtHttpServer looks at the first Connection header only; refuse when another would differ.
    if (m_firstConnectionUpgrade != m_anyConnectionUpgrade)
        return fail(Error::Malformed, "conflicting Connection headers");
    if (m_hasContentLength && m_chunked)
        return fail(Error::Malformed, "Content-Length together with Transfer-Encoding");
    if (m_firstConnectionUpgrade && m_upgradeWebSocket) {
        // QtHttpServer would read such a body and then replay it to the WebSocket handshake.
        if (m_chunked || m_contentLength > 0)
            return fail(Error::Malformed, "upgrade request with a body");
        m_state = State::Done;
        m_result = Result::Upgrade;
        return false;
    }
    if (m_chunked) {
        m_state = State::ChunkSize;
        m_chunkSize = 0;
        m_digits = 0;
        m_chunkLineLength = 0;
        m_bodyBytes = 0;
        m_bodyWireBytes = 0;
        return true;
    }
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(Error::PayloadTooLarge, "Content-Length over the body limit");
    if (m_contentLength > 0) {
        m_state = State::FixedBody;
        m_remaining = m_contentLength;
        return true;
    }
    completeRequest();
    return true;
}

bool RequestFramer::step(char ch) {
    const auto c = static_cast<unsigned char>(ch);
    if (m_state == State::BeforeRequest)
        beginRequest(isLeadingBlank(c));
    if (m_state < State::FixedBody && headTooLarge())
        return fail(m_requestHasContent ? Error::HeadersTooLarge : Error::Malformed,
                    m_requestHasContent ? "request head over the limit" : "endless blank lines");
    if (m_state >= State::ChunkSize && m_state != State::ChunkData &&
        ++m_bodyWireBytes > m_limits.maxHeaderBytes)
        return fail(Error::PayloadTooLarge, "chunk framing over the limit");

    switch (m_state) {
    case State::BeforeRequest:
    case State::Done:
        return false; // not reached: handled above or stopped by feed()
    case State::LeadingBlank:
        if (isLeadingBlank(c))
            return true;
        m_requestHasContent = true;
        m_state = State::Method;
        [[fallthrough]];
    case State::Method:
        if (isTchar(c)) {
            if (++m_methodLength > MaxMethodLength)
                return fail(Error::Malformed, "method too long");
            return true;
        }
        if (c == ' ' && m_methodLength > 0) {
            m_state = State::Target;
            m_nameLength = 0; // reused as the target length
            return true;
        }
        return fail(Error::Malformed, "malformed request line");
    case State::Target:
        if (isVchar(c)) {
            ++m_nameLength;
            return true;
        }
        if (c == ' ' && m_nameLength > 0) {
            m_state = State::Version;
            m_versionIndex = 0;
            return true;
        }
        return fail(Error::Malformed, "malformed request line");
    case State::Version:
        if (m_versionIndex < HttpVersionPrefixLength) {
            if (ch != HttpVersionPrefix[m_versionIndex])
                return fail(Error::Malformed, "not an HTTP/1.x request line");
            ++m_versionIndex;
            return true;
        }
        if (m_versionIndex == HttpVersionPrefixLength) {
            if (c != '0' && c != '1')
                return fail(Error::Malformed, "unsupported HTTP version");
            ++m_versionIndex;
            return true;
        }
        if (c == '\r') {
            m_state = State::RequestLineLf;
            return true;
        }
        if (c == '\n') {
            m_state = State::HeaderStart;
            return true;
        }
        return fail(Error::Malformed, "malformed request line");
    case State::RequestLineLf:
        if (c != '\n')
            return fail(Error::Malformed, "bare CR in request line");
        m_state = State::HeaderStart;
        return true;
    case State::HeaderStart:
        if (c == '\r') {
            m_state = State::HeadEndLf;
            return true;
        }
        if (c == '\n')
            return endHead();
        if (c == ' ' || c == '\t')
            return fail(Error::Malformed, "obsolete header line folding");
        if (!isTchar(c))
            return fail(Error::Malformed, "malformed header line");
        if (++m_fieldCount > MaxHeaderFields)
            return fail(Error::TooManyHeaderFields, "too many header fields");
        m_name[0] = asciiLower(ch);
        m_nameLength = 1;
        m_state = State::HeaderName;
        return true;
    case State::HeaderName:
        if (isTchar(c)) {
            if (m_nameLength < int(sizeof(m_name)))
                m_name[m_nameLength] = asciiLower(ch);
            ++m_nameLength;
            return true;
        }
        if (c != ':')
            return fail(Error::Malformed, "malformed header line");
        beginHeaderValue();
        m_state = State::HeaderValue;
        return true;
    case State::HeaderValue:
        if (c == '\r') {
            m_state = State::HeaderLf;
            return true;
        }
        if (c == '\n')
            return endHeaderLine();
        if (!isFieldChar(c))
            return fail(Error::Malformed, "control character in header value");
        if (!m_valueStarted) {
            if (c == ' ' || c == '\t')
                return true;
            m_valueStarted = true;
        }
        switch (m_field) {
        case Field::ContentLength:
            if (c >= '0' && c <= '9') {
                if (m_numberEnded) // "12 34" is not a number
                    m_numberBroken = true;
                if (m_number < SaturatedNumber)
                    m_number = m_number * 10 + (c - '0');
                ++m_digits;
            } else if (c == ' ' || c == '\t') {
                m_numberEnded = true;
            } else {
                m_numberBroken = true;
            }
            break;
        case Field::TransferEncoding:
        case Field::Upgrade:
            tokenAppend(ch);
            break;
        case Field::Connection: {
            const char l = asciiLower(ch);
            if (l == UpgradeToken[m_upgradeMatch]) {
                if (++m_upgradeMatch == UpgradeTokenLength) {
                    m_valueHasUpgrade = true;
                    m_upgradeMatch = 0;
                }
            } else {
                m_upgradeMatch = l == UpgradeToken[0] ? 1 : 0;
            }
            break;
        }
        case Field::Other:
            break;
        }
        return true;
    case State::HeaderLf:
        if (c != '\n')
            return fail(Error::Malformed, "bare CR in header line");
        return endHeaderLine();
    case State::HeadEndLf:
        if (c != '\n')
            return fail(Error::Malformed, "bare CR in header line");
        return endHead();
    case State::FixedBody:
    case State::ChunkData:
        return true; // not reached: feed() takes these in bulk
    case State::ChunkSize: {
        if (++m_chunkLineLength > MaxChunkLineLength)
            return fail(Error::Malformed, "chunk size line too long");
        const int hex = hexValue(c);
        if (hex >= 0) {
            m_chunkSize = m_chunkSize * 16 + hex;
            ++m_digits;
            if (m_bodyBytes + m_chunkSize > m_limits.maxBodyBytes)
                return fail(Error::PayloadTooLarge, "chunked body over the body limit");
            return true;
        }
        if (m_digits == 0)
            return fail(Error::Malformed, "malformed chunk size");
        if (c == ';') {
            m_state = State::ChunkExtension;
            return true;
        }
        if (c == '\r') {
            m_state = State::ChunkSizeLf;
            return true;
        }
        // QtHttpServer would keep reading a bare-LF size line into the next line.
        return fail(Error::Malformed, "malformed chunk size");
    }
    case State::ChunkExtension:
        if (++m_chunkLineLength > MaxChunkLineLength)
            return fail(Error::Malformed, "chunk size line too long");
        if (c == '\r') {
            m_state = State::ChunkSizeLf;
            return true;
        }
        if (c == '\t' || (c >= 0x20 && c != 0x7f))
            return true;
        return fail(Error::Malformed, "control character in chunk extension");
    case State::ChunkSizeLf:
        if (c != '\n')
            return fail(Error::Malformed, "bare CR in chunk size line");
        if (m_chunkSize == 0) {
            m_state = State::LastChunkCr;
        } else {
            m_bodyBytes += m_chunkSize;
            m_remaining = m_chunkSize;
            m_state = State::ChunkData;
        }
        m_chunkSize = 0;
        m_digits = 0;
        m_chunkLineLength = 0;
        return true;
    case State::ChunkDataCr:
        // QtHttpServer skips two bytes here whatever they are; only CRLF keeps us both in step.
        if (c != '\r')
            return fail(Error::Malformed, "chunk data not followed by CRLF");
        m_state = State::ChunkDataLf;
        return true;
    case State::ChunkDataLf:
        if (c != '\n')
            return fail(Error::Malformed, "chunk data not followed by CRLF");
        m_state = State::ChunkSize;
        return true;
    case State::LastChunkCr:
        // QtHttpServer has no trailer support: it would parse a trailer as the next request.
        if (c != '\r')
            return fail(Error::Malformed, "chunked trailers are not supported");
        m_state = State::LastChunkLf;
        return true;
    case State::LastChunkLf:
        if (c != '\n')
            return fail(Error::Malformed, "malformed end of chunked body");
        completeRequest();
        return true;
    }
    return false;
}

} // namespace vd::server
