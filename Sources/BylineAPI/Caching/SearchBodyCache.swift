/// Bodies of free-text requests (`?q=`), kept per snapshot in a bounded, approximately
/// least-recently-used cache. A repeated search (the same request) has the same answer until
/// a reload; the bound keeps a stream of distinct searches from growing memory or evicting
/// the list bodies of `ComposedBodyCache`.
final class SearchBodyCache: BodyCache {
    private let bodies: SnapshotScopedCache<[UInt8]>

    init(maxEntries: Int = 2048, maxBytes: Int = 16 * 1024 * 1024) {
        bodies = SnapshotScopedCache(maxEntries: maxEntries, maxBytes: maxBytes)
    }

    func cached(identity: String, key: String) -> [UInt8]? {
        bodies.cached(identity: identity, key: key)
    }

    func store(_ body: [UInt8], identity: String, key: String) {
        bodies.store(body, cost: body.count, identity: identity, key: key)
    }

    /// Entries held now, for tests.
    var count: Int { bodies.count }
}
