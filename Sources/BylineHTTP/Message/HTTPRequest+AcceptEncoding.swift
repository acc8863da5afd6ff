extension HTTPRequest {
    /// Whether the client accepts a gzip-coded response (RFC 9110 §12.5.3), by the same rule
    /// the engine uses when it compresses: layers above that derive validators from the
    /// coding (strong ETags, RFC 9110 §8.8.3) must agree with it.
    public var acceptsGzip: Bool {
        AcceptEncoding.allowsGzip(headers.all("accept-encoding"))
    }
}
