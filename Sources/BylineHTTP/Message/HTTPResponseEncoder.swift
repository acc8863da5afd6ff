/// Serialises a response head and body into one buffer, so the connection can hand it to the
/// kernel in a single send (with TCP_NODELAY, a split write costs ~40 ms per request).
enum HTTPResponseEncoder {
    /// Fields the engine owns; a handler's values for them are ignored.
    static func isEngineOwned(_ name: String) -> Bool {
        HTTPHeaders.namesMatch(name, "content-length") || HTTPHeaders.namesMatch(name, "date")
            || HTTPHeaders.namesMatch(name, "connection")
            || HTTPHeaders.namesMatch(name, "transfer-encoding")
    }

    /// 1xx, 204 and 304 never carry content (RFC 9110 §6.4.1); 1xx and 204 also no
    /// Content-Length (RFC 9110 §8.6).
    static func allowsBody(_ status: HTTPStatus) -> Bool {
        status.code >= 200 && status.code != 204 && status.code != 304
    }

    /// Appends the encoded response; returns the number of body bytes written.
    @discardableResult
    static func encode(
        _ response: HTTPResponse, isHead: Bool, keepAlive: Bool, version: HTTPVersion,
        date: [UInt8], into out: inout [UInt8], separateBody: UnsafeMutablePointer<OutgoingBody>? = nil,
        dateOffset: UnsafeMutablePointer<Int>? = nil
    ) -> Int {
        let bodyCount = response.bodyCount
        out.append(contentsOf: statusLinePrefix)
        appendDecimal(response.status.code, to: &out)
        out.append(0x20)
        appendSanitized(response.status.reason, to: &out)
        out.append(contentsOf: crlf)
        for (name, value) in response.headers where !isEngineOwned(name) {
            appendSanitized(name, to: &out)
            out.append(contentsOf: ": ".utf8)
            appendSanitized(value, to: &out)
            out.append(contentsOf: crlf)
        }
        let bodyAllowed = allowsBody(response.status)
        if bodyAllowed {
            out.append(contentsOf: contentLengthName)
            appendDecimal(bodyCount, to: &out)
            out.append(contentsOf: crlf)
        }
        out.append(contentsOf: "Date: ".utf8)
        dateOffset?.pointee = out.count
        out.append(contentsOf: date)
        out.append(contentsOf: crlf)
        if !keepAlive {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if version == .http1_0 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: crlf)
        guard bodyAllowed, !isHead else { return 0 }
        if let separateBody, bodyCount >= separateBodyThreshold {
            // Large bodies go out as their own iovecs instead of being copied behind the head.
            separateBody.pointee = OutgoingBody(bytes: response.body, pieces: response.bodyPieces)
        } else {
            out.append(contentsOf: response.body)
            for piece in response.bodyPieces { out.append(contentsOf: piece) }
        }
        return bodyCount
    }

    /// Bodies at least this large are sent from their own storage (writev) rather than copied.
    static let separateBodyThreshold = 2048

    /// `HTTP/1.1 100 Continue` (RFC 9110 §15.2.1).
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static let crlf: [UInt8] = [0x0D, 0x0A]
    private static let statusLinePrefix: [UInt8] = Array("HTTP/1.1 ".utf8)
    private static let contentLengthName: [UInt8] = Array("Content-Length: ".utf8)

    /// A handler's header text with CR, LF and NUL replaced by spaces, so no value can split
    /// the response.
    private static func appendSanitized(_ text: String, to out: inout [UInt8]) {
        let utf8 = text.utf8
        let appended: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == 0x0D || byte == 0x0A || byte == 0 { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if appended == true { return }
        for byte in utf8 {
            out.append(byte == 0x0D || byte == 0x0A || byte == 0 ? 0x20 : byte)
        }
    }

    /// Decimal digits of a non-negative number without building a String.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else {
            out.append(0x30)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0, count < buffer.count {
                buffer[buffer.count - 1 - count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }
}
