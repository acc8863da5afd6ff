extension HTTPRequestParser {
    /// Checks the header section as a whole and decides how the body is framed
    /// (RFC 9112 §6.3). Returns `.continueExpected` or a body-less request when there is one
    /// to hand out now; `nil` when the body follows.
    mutating func finishHead() throws(HTTPParserError) -> HTTPParserEvent? {
        guard let request = head else { return nil }
        let framing = FramingFields(request.headers)

        // RFC 9112 §3.2: 400 for an HTTP/1.1 request without Host, and for any request with
        // more than one.
        let hosts = framing.hosts
        if hosts.count > 1 || (request.version == .http1_1 && hosts.isEmpty) {
            throw .invalidHost
        }
        if let host = hosts.first, host.utf8.contains(where: { $0 == ASCII.space || $0 == ASCII.slash }) {
            throw .invalidHost
        }

        let transferEncodings = framing.transferEncodings
        let contentLengths = framing.contentLengths
        var chunked = false
        var length = 0
        if !transferEncodings.isEmpty {
            // RFC 9112 §6.1: Transfer-Encoding with Content-Length "ought to be handled as an
            // error", and Transfer-Encoding on HTTP/1.0 means the framing is faulty.
            guard contentLengths.isEmpty, request.version == .http1_1 else {
                throw .ambiguousMessageLength
            }
            chunked = try Self.isChunkedLast(transferEncodings)
        } else if !contentLengths.isEmpty {
            length = try Self.contentLength(contentLengths)
        }
        if length > limits.maxBodySize { throw .contentTooLarge }

        let expectsContinue = try Self.expectsContinue(framing.expectations, version: request.version)
        if chunked {
            state = .chunkSize
        } else if length > 0 {
            state = .fixedBody(remaining: length)
            // Grow with what arrives rather than reserving the announced size: a thousand
            // peers announcing 1 MiB and sending nothing must not cost a gigabyte.
            head?.body.reserveCapacity(min(length, 16 * 1024))
        } else {
            return complete()
        }
        if expectsContinue && readIndex == buffer.count { return .continueExpected }
        return nil
    }

    /// Only `chunked`, last, is supported (RFC 9112 §6.1, §7). Other codings get 501; a
    /// chunked that is not last, or repeated, is a framing error.
    static func isChunkedLast(_ values: [String]) throws(HTTPParserError) -> Bool {
        var codings: [Substring] = []
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                codings.append(element.trimmingASCIIWhitespace())
            }
        }
        guard !codings.isEmpty else { throw .ambiguousMessageLength }
        for coding in codings where !HTTPHeaders.namesMatch(coding, "chunked") {
            if coding.isEmpty { throw .ambiguousMessageLength }
            throw .unsupportedTransferCoding
        }
        guard codings.count == 1 else { throw .ambiguousMessageLength }
        return true
    }

    /// All Content-Length values (including comma lists) must be the same non-negative
    /// decimal (RFC 9112 §6.3 item 5). A number too large to hold is too large to accept.
    static func contentLength(_ values: [String]) throws(HTTPParserError) -> Int {
        var result: Int?
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.trimmingASCIIWhitespace().utf8
                guard !digits.isEmpty, digits.allSatisfy(ASCII.isDigit) else {
                    throw .invalidContentLength
                }
                var length = 0
                for digit in digits {
                    let (times, overflow1) = length.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = times.addingReportingOverflow(Int(digit - 0x30))
                    if overflow1 || overflow2 { throw .contentTooLarge }
                    length = sum
                }
                if let result, result != length { throw .invalidContentLength }
                result = length
            }
        }
        guard let result else { throw .invalidContentLength }
        return result
    }

    /// RFC 9110 §10.1.1: 100-continue is the only expectation; HTTP/1.0 requests' Expect is
    /// ignored.
    static func expectsContinue(
        _ values: [String], version: HTTPVersion
    ) throws(HTTPParserError) -> Bool {
        guard !values.isEmpty, version == .http1_1 else { return false }
        for value in values where !HTTPHeaders.namesMatch(value.trimmingASCIIWhitespace(), "100-continue") {
            throw .unsupportedExpectation
        }
        return true
    }
}

/// The fields that decide framing, gathered in one pass over the header section instead of
/// one lookup each.
struct FramingFields {
    var hosts: [String] = []
    var transferEncodings: [String] = []
    var contentLengths: [String] = []
    var expectations: [String] = []

    init(_ headers: HTTPHeaders) {
        for field in headers.fields {
            // The length check first makes most fields cost one comparison.
            switch field.name.utf8.count {
            case 4 where HTTPHeaders.namesMatch(field.name, "host"):
                hosts.append(field.value)
            case 6 where HTTPHeaders.namesMatch(field.name, "expect"):
                expectations.append(field.value)
            case 14 where HTTPHeaders.namesMatch(field.name, "content-length"):
                contentLengths.append(field.value)
            case 17 where HTTPHeaders.namesMatch(field.name, "transfer-encoding"):
                transferEncodings.append(field.value)
            default:
                continue
            }
        }
    }
}
