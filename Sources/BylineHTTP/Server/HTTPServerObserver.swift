/// Hooks for metrics, so the engine stays free of a metrics library: the API module
/// implements this to feed swift-metrics. Called on the event loops: keep it quick.
public protocol HTTPServerObserver: Sendable {
    func connectionOpened()
    func connectionClosed()
    /// One call per response sent. `routePattern` is the router's matched pattern
    /// ("/articles/{id}") or nil (no route matched, or the engine answered on its own).
    func requestCompleted(
        method: HTTPMethod, routePattern: String?, status: Int, bytes: Int, duration: Duration)
    /// What the cache of reusable responses holds after a store: entries and bytes.
    func reuseCacheStored(entries: Int, bytes: Int)
}

extension HTTPServerObserver {
    public func connectionOpened() {}
    public func connectionClosed() {}
    public func requestCompleted(
        method: HTTPMethod, routePattern: String?, status: Int, bytes: Int, duration: Duration
    ) {}
    public func reuseCacheStored(entries: Int, bytes: Int) {}
}
