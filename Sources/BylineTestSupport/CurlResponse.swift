/// What a test sees of a response.
public struct CurlResponse: Sendable {
    public let status: Int
    /// Header fields of the final response, in order.
    public let headers: [(String, String)]
    /// The body, decoded from gzip when the request asked curl to.
    public let body: [UInt8]
    /// Connections curl had to open for this request: 0 means it reused one.
    public let newConnections: Int

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

public struct CurlError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
