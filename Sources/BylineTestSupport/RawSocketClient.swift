import Glibc

/// A plain TCP client for sending bytes no well-behaved HTTP client would (malformed requests,
/// slow trickles, pipelines) and reading back whatever the server answers.
public final class RawSocketClient {
    public let fd: Int32

    public init(host: String = "127.0.0.1", port: Int) throws(CurlError) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CurlError(message: "socket failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            Glibc.close(fd)
            throw CurlError(message: "connect to \(host):\(port) failed: errno \(errno)")
        }
        self.fd = fd
        setTimeout(seconds: 5)
    }

    deinit {
        Glibc.close(fd)
    }

    /// Bounds every later read.
    public func setTimeout(seconds: Double) {
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends every byte; false when the server has closed or reset the connection.
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Reads until the server closes, the timeout passes, or `until` says enough.
    public func receive(until done: (([UInt8]) -> Bool)? = nil) -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            received.append(contentsOf: chunk[0..<count])
            if let done, done(received) { break }
        }
        return received
    }

    /// Reads until the server closes the connection (or the timeout passes).
    public func receiveAll() -> String {
        String(decoding: receive(), as: UTF8.self)
    }

    /// Reads until `count` complete responses with Content-Length bodies have arrived.
    public func receiveResponses(_ count: Int) -> String {
        String(decoding: receive { Self.completeResponses(in: $0) >= count }, as: UTF8.self)
    }

    /// Whether the server has closed its side: a read returns 0 (or fails) at once.
    public func isClosedByPeer() -> Bool {
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, 0)
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Reads and discards until the server closes or resets the connection (true) or the
    /// read timeout passes with the connection still open (false).
    public func drainUntilClosed() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 { continue }
            if count == 0 { return true }
            if errno == EINTR { continue }
            return errno != EAGAIN && errno != EWOULDBLOCK
        }
    }

    /// Counts complete HTTP responses (head plus Content-Length bytes) in `bytes`.
    public static func completeResponses(in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        let separator: [UInt8] = [13, 10, 13, 10]
        while let headEnd = firstIndex(of: separator, in: bytes, from: index) {
            let head = String(decoding: bytes[index..<headEnd], as: UTF8.self)
            var length = 0
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: " ")) ?? 0
            }
            let bodyStart = headEnd + separator.count
            guard bytes.count - bodyStart >= length else { break }
            index = bodyStart + length
            count += 1
        }
        return count
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for position in start...(haystack.count - needle.count)
        where haystack[position..<position + needle.count].elementsEqual(needle) {
            return position
        }
        return nil
    }
}
