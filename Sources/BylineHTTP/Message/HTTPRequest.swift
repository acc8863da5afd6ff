/// A parsed request, as handlers see it.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request target exactly as sent: "/articles?q=putin".
    public var target: String
    /// The percent-decoded path: "/articles".
    public var path: String
    public var query: QueryParameters
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Trailer fields that followed a chunked body (RFC 9112 §7.1.2); usually empty.
    public var trailers: HTTPHeaders = .init()

    public init(
        method: HTTPMethod, target: String, path: String, query: QueryParameters = .init(),
        version: HTTPVersion = .http1_1, headers: HTTPHeaders = .init(), body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
    }
}

public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }
    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)
    public var description: String { "HTTP/\(major).\(minor)" }
}

extension HTTPRequest {
    /// Whether the connection may carry another request after this one (RFC 9112 §9.3):
    /// HTTP/1.1 persists unless `Connection: close`; HTTP/1.0 only with `keep-alive`.
    public var wantsKeepAlive: Bool {
        if headers.containsToken("close", in: "connection") { return false }
        if version == .http1_1 { return true }
        return headers.containsToken("keep-alive", in: "connection")
    }
}
