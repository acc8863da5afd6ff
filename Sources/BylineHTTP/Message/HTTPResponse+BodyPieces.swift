extension HTTPResponse {
    /// A response whose body is sent from stored pieces (see `bodyPieces`).
    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = .init(), bodyPieces: [ArraySlice<UInt8>]) {
        self.init(status: status, headers: headers)
        self.bodyPieces = bodyPieces
    }

    /// The body's length in bytes, whichever form it has.
    public var bodyCount: Int {
        guard !bodyPieces.isEmpty else { return body.count }
        return bodyPieces.reduce(body.count) { $0 + $1.count }
    }

    /// The body as one buffer: `body` itself, or the pieces joined.
    public var joinedBody: [UInt8] {
        guard !bodyPieces.isEmpty else { return body }
        var joined: [UInt8] = []
        joined.reserveCapacity(bodyCount)
        joined.append(contentsOf: body)
        for piece in bodyPieces { joined.append(contentsOf: piece) }
        return joined
    }

    /// Replaces the pieces with one `body` buffer, for steps that need contiguous bytes
    /// (compression); a no-op for an ordinary response.
    public mutating func joinBodyPieces() {
        guard !bodyPieces.isEmpty else { return }
        body = joinedBody
        bodyPieces = []
    }
}
