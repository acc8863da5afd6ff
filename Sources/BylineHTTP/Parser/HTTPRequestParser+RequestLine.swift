extension HTTPRequestParser {
    /// Methods this server implements; any other token gets 501 (RFC 9110 §9.1). CONNECT is
    /// left out on purpose: this is not a proxy.
    static let knownMethods: [HTTPMethod] = [
        .get, .head, .post, .put, .patch, .delete, .options, .trace,
    ]

    /// `method SP request-target SP HTTP-version` (RFC 9112 §3), exactly one space each.
    func parseRequestLine(_ line: Range<Int>) throws(HTTPParserError) -> PartialRequest {
        guard let firstSpace = buffer[line].firstIndex(of: ASCII.space),
            firstSpace > line.lowerBound
        else { throw .invalidRequestLine }
        let targetStart = firstSpace + 1
        guard let secondSpace = buffer[targetStart..<line.upperBound].firstIndex(of: ASCII.space),
            secondSpace > targetStart
        else { throw .invalidRequestLine }

        for index in line.lowerBound..<firstSpace where !ASCII.isTokenCharacter(buffer[index]) {
            throw .invalidRequestLine
        }
        for index in targetStart..<secondSpace where !ASCII.isTargetCharacter(buffer[index]) {
            throw .invalidRequestLine
        }
        // The version is checked before the method so an HTTP/2 preface ("PRI * HTTP/2.0")
        // gets 505 rather than 501.
        let version = try parseVersion(secondSpace + 1..<line.upperBound)
        let method = HTTPMethod(rawValue: String(decoding: buffer[line.lowerBound..<firstSpace], as: UTF8.self))
        guard Self.knownMethods.contains(method) else { throw .unknownMethod }

        let targetBytes = buffer[targetStart..<secondSpace]
        let parsed = try RequestTarget.parse(targetBytes, method: method)
        return PartialRequest(
            method: method, target: String(decoding: targetBytes, as: UTF8.self),
            path: parsed.path, query: parsed.query, version: version)
    }

    /// `HTTP-version = "HTTP/" DIGIT "." DIGIT` (RFC 9112 §2.3). Any 1.x above 1.1 is served
    /// as 1.1; other majors, and HTTP/2's bare "HTTP/2", get 505.
    func parseVersion(_ range: Range<Int>) throws(HTTPParserError) -> HTTPVersion {
        let prefix: [UInt8] = Array("HTTP/".utf8)
        guard range.count >= prefix.count + 1,
            buffer[range.lowerBound..<range.lowerBound + prefix.count].elementsEqual(prefix)
        else { throw .invalidRequestLine }
        let rest = buffer[range.lowerBound + prefix.count..<range.upperBound]
        guard let majorByte = rest.first, ASCII.isDigit(majorByte) else { throw .invalidRequestLine }
        let major = Int(majorByte - 0x30)
        if rest.count == 1 {
            // "HTTP/2" and "HTTP/3" are how those versions name themselves.
            guard major != 1 else { throw .invalidRequestLine }
            throw .unsupportedVersion
        }
        guard rest.count == 3, rest[rest.startIndex + 1] == 0x2E,
            ASCII.isDigit(rest[rest.startIndex + 2])
        else { throw .invalidRequestLine }
        guard major == 1 else { throw .unsupportedVersion }
        let minor = Int(rest[rest.startIndex + 2] - 0x30)
        return minor == 0 ? .http1_0 : .http1_1
    }
}
