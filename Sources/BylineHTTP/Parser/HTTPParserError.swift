/// Everything that can be wrong with a request's bytes. Closed on purpose: the server maps
/// each case to a status in one place (`HTTPParserError+Response.swift`), and every case
/// ends the connection after that response, because the framing can no longer be trusted.
public enum HTTPParserError: Error, Sendable, Hashable {
    /// The request line is not `method SP target SP HTTP/x.y` (RFC 9112 §3).
    case invalidRequestLine
    /// The request target is not origin-, absolute- or asterisk-form, or its percent-encoding
    /// is broken (RFC 9112 §3.2).
    case invalidTarget
    /// A method this server does not implement (RFC 9110 §9.1: 501).
    case unknownMethod
    /// HTTP/2 preface or any major version other than 1 (RFC 9110 §15.6.6: 505).
    case unsupportedVersion
    /// Request line longer than the limit (RFC 9112 §3: 414).
    case requestLineTooLong
    /// Header section larger than the limit, or too many fields (RFC 6585 §5: 431).
    case headerSectionTooLarge
    /// A field name with a character outside `token`, or whitespace before the colon
    /// (RFC 9112 §5.1).
    case invalidHeaderName
    /// A field value with NUL, a bare CR or another control character (RFC 9110 §5.5).
    case invalidHeaderValue
    /// A field line starting with whitespace (obs-fold, RFC 9112 §5.2).
    case obsoleteLineFolding
    /// HTTP/1.1 without exactly one valid Host field (RFC 9112 §3.2).
    case invalidHost
    /// Content-Length that is not a non-negative decimal, or duplicates that differ
    /// (RFC 9112 §6.3).
    case invalidContentLength
    /// Both Transfer-Encoding and Content-Length, or Transfer-Encoding on HTTP/1.0, or
    /// chunked not last (RFC 9112 §6.1, §6.3): the classic request-smuggling shapes.
    case ambiguousMessageLength
    /// A transfer coding other than chunked (RFC 9112 §6.1: 501).
    case unsupportedTransferCoding
    /// A malformed chunk-size line, chunk terminator or trailer section (RFC 9112 §7.1).
    case invalidChunkedBody
    /// Body larger than the limit (RFC 9110 §15.5.14: 413).
    case contentTooLarge
    /// An Expect value other than 100-continue (RFC 9110 §10.1.1: 417).
    case unsupportedExpectation
}
