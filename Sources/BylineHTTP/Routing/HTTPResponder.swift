/// Anything that turns a request into a response: the `Router`, or a closure.
/// Thrown errors become JSON error responses: an `HTTPResponseError` as itself, anything
/// else as a logged 500.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) throws -> HTTPResponse
}

extension Router: HTTPResponder {}

/// Adapts a closure to `HTTPResponder`.
public struct ClosureResponder: HTTPResponder {
    let body: @Sendable (HTTPRequest) throws -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.body = body
    }

    public func respond(to request: HTTPRequest) throws -> HTTPResponse {
        try body(request)
    }
}
