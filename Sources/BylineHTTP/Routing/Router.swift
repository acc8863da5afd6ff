/// Method plus path patterns ("/articles/{id}") to handlers. Placeholder contract: the engine
/// work fills in matching, 404 vs 405, OPTIONS and CORS.
public struct Router: Sendable {
    public typealias Handler = @Sendable (HTTPRequest, RouteParameters) -> HTTPResponse

    public init() {}

    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {}

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        HTTPResponse(status: .notFound)
    }
}

/// Values captured by `{name}` segments of the matched pattern.
public struct RouteParameters: Sendable, Hashable {
    public private(set) var values: [String: String] = [:]
    public init(_ values: [String: String] = [:]) { self.values = values }
    public subscript(name: String) -> String? { values[name] }
}
