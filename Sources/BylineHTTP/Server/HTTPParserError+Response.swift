extension HTTPParserError: HTTPResponseError {
    /// The one mapping from parser errors to statuses (RFC 9110 §15, RFC 6585 §5).
    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: return .uriTooLong
        case .headerSectionTooLarge: return .requestHeaderFieldsTooLarge
        case .contentTooLarge: return .contentTooLarge
        case .unknownMethod, .unsupportedTransferCoding: return .notImplemented
        case .unsupportedVersion: return .httpVersionNotSupported
        case .unsupportedExpectation: return .expectationFailed
        case .invalidRequestLine, .invalidTarget, .invalidHeaderName, .invalidHeaderValue,
            .obsoleteLineFolding, .invalidHost, .invalidContentLength, .ambiguousMessageLength,
            .invalidChunkedBody:
            return .badRequest
        }
    }

    public var code: String {
        switch self {
        case .requestLineTooLong: return "uri_too_long"
        case .headerSectionTooLarge: return "header_fields_too_large"
        case .contentTooLarge: return "content_too_large"
        case .unknownMethod: return "method_not_implemented"
        case .unsupportedTransferCoding: return "transfer_coding_not_implemented"
        case .unsupportedVersion: return "http_version_not_supported"
        case .unsupportedExpectation: return "expectation_failed"
        default: return "bad_request"
        }
    }

    public var message: String {
        switch self {
        case .invalidRequestLine: return "malformed request line"
        case .invalidTarget: return "malformed request target"
        case .unknownMethod: return "request method not implemented"
        case .unsupportedVersion: return "only HTTP/1.0 and HTTP/1.1 are supported"
        case .requestLineTooLong: return "request line too long"
        case .headerSectionTooLarge: return "header section too large or too many fields"
        case .invalidHeaderName: return "malformed header field name"
        case .invalidHeaderValue: return "invalid character in header field value"
        case .obsoleteLineFolding: return "obsolete line folding is not accepted"
        case .invalidHost: return "exactly one valid Host header is required"
        case .invalidContentLength: return "invalid Content-Length"
        case .ambiguousMessageLength: return "ambiguous message length"
        case .unsupportedTransferCoding: return "only the chunked transfer coding is supported"
        case .invalidChunkedBody: return "malformed chunked body"
        case .contentTooLarge: return "request body too large"
        case .unsupportedExpectation: return "only Expect: 100-continue is supported"
        }
    }
}
