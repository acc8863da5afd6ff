/// A response a handler returns; the server adds Date, Content-Length, Connection and
/// content coding.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// A body sent as the concatenation of these pieces, in order, instead of `body` (which
    /// must then be empty): stored bytes go to the socket with one writev, never joined into
    /// a new buffer. Empty for an ordinary response.
    public var bodyPieces: [ArraySlice<UInt8>] = []
    /// Where the engine keeps (and finds) this body's gzip form, when the handler sends the
    /// same body again; nil compresses per response.
    public var gzipMemo: GzipMemo?
    /// The route pattern that produced this response ("/articles/{id}"), set by the router
    /// for logs and metrics; never sent on the wire.
    public var routePattern: String?
    /// Set by a handler when the finished response (as the engine encodes it) may be sent
    /// again, byte for byte except `Date`, to any later request with the same method, target
    /// and `Accept`, `Accept-Encoding` and `Origin` fields, while the epoch is current. nil
    /// (the default) builds every response anew. See `ResponseReuseCache` for which requests
    /// qualify.
    public var reuseEpoch: ReuseEpoch?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = .init(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
