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
