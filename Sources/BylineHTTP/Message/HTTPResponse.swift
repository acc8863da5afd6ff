/// A response a handler returns; the server adds Date, Content-Length, Connection and
/// content coding.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The route pattern that produced this response ("/articles/{id}"), set by the router
    /// for logs and metrics; never sent on the wire.
    public var routePattern: String?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = .init(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
