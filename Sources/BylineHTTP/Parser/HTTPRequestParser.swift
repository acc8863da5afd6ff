/// An incremental HTTP/1.1 request parser (RFC 9112): a plain value you append bytes to and
/// ask for the next event. It never touches a socket, so it can be tested byte by byte and
/// fuzzed; every limit is checked while bytes arrive, before anything is allocated for them.
///
/// Once it throws, it keeps throwing the same error: after a framing error nothing that
/// follows on the connection can be trusted (RFC 9112 §11.2).
public struct HTTPRequestParser: Sendable {
    public let limits: HTTPParserLimits

    /// Received bytes; `readIndex` is the first one not yet consumed.
    var buffer: [UInt8] = []
    var readIndex = 0
    /// Where the search for the current line's LF resumes, so a line that arrives a byte at a
    /// time is scanned once, not once per byte.
    var scanIndex = 0
    var state: State = .requestLine
    var head: PartialRequest?
    /// Bytes and fields of the current header (or trailer) section so far.
    var sectionBytes = 0
    var sectionFields = 0
    var failure: HTTPParserError?

    enum State: Sendable, Equatable {
        case requestLine
        case headers
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
    }

    /// Where the parser is between requests, for the server's timeouts.
    public enum Phase: Sendable, Equatable {
        /// Nothing of a next request has arrived.
        case idle
        /// Part of a request line or header section has arrived.
        case head
        /// The header section is complete; the body is arriving.
        case body
    }

    public init(limits: HTTPParserLimits = .init()) {
        self.limits = limits
    }

    public var phase: Phase {
        switch state {
        case .requestLine: return readIndex == buffer.count ? .idle : .head
        case .headers: return .head
        default: return .body
        }
    }

    /// Number of received bytes not yet consumed by a complete request.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    public mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Frees the buffer's storage while no request is in progress, so idle keep-alive
    /// connections cost next to nothing.
    public mutating func releaseMemoryIfIdle() {
        guard phase == .idle else { return }
        // A small buffer is kept for the next request; only a large one is worth freeing.
        if buffer.capacity > 4096 {
            buffer = []
        } else {
            buffer.removeAll(keepingCapacity: true)
        }
        readIndex = 0
        scanIndex = 0
    }

    /// The next event the buffered bytes allow, or `nil` when more bytes are needed.
    public mutating func next() throws(HTTPParserError) -> HTTPParserEvent? {
        if let failure { throw failure }
        do {
            return try step()
        } catch {
            failure = error
            throw error
        }
    }

    /// Drops consumed bytes before appending more. Copies only when the consumed prefix is
    /// large, so pipelined requests in one read are not shifted one by one.
    mutating func compact() {
        if readIndex == buffer.count {
            if buffer.capacity > 64 * 1024 {
                buffer = []
            } else {
                buffer.removeAll(keepingCapacity: true)
            }
            scanIndex = 0
            readIndex = 0
        } else if readIndex >= 4096, readIndex * 2 > buffer.count {
            buffer.removeSubrange(0..<readIndex)
            scanIndex -= readIndex
            readIndex = 0
        }
    }
}

/// The request being assembled between its request line and its last body byte.
struct PartialRequest: Sendable {
    var method: HTTPMethod
    var target: String
    var path: String
    var query: QueryParameters
    var version: HTTPVersion
    var headers = HTTPHeaders()
    var trailers = HTTPHeaders()
    var body: [UInt8] = []

    func request() -> HTTPRequest {
        var request = HTTPRequest(
            method: method, target: target, path: path, query: query, version: version,
            headers: headers, body: body)
        request.trailers = trailers
        return request
    }
}
