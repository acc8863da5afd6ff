import Synchronization

/// Where a handler lets the engine keep the gzip form of a body it will send again (a cached
/// list, a stored article): the engine compresses once, at its own level, and later responses
/// carrying the same memo send the stored bytes. The handler decides the memo's lifetime (it
/// keeps it beside the identity body it belongs to); the engine decides the coding.
public final class GzipMemo: Sendable {
    private let stored = Mutex<[UInt8]?>(nil)

    public init() {}

    /// The gzip bytes kept so far, if any.
    public var compressed: [UInt8]? { stored.withLock { $0 } }

    func keep(_ bytes: [UInt8]) {
        stored.withLock { $0 = bytes }
    }
}

extension HTTPResponse {
    /// Attaches storage for this body's gzip form; see `GzipMemo`. The memo must only ever be
    /// attached to responses with the same body bytes.
    public func withGzipMemo(_ memo: GzipMemo) -> HTTPResponse {
        var response = self
        response.gzipMemo = memo
        return response
    }
}
