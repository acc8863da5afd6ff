import Synchronization

/// Bodies of free-text requests (`?q=`), kept per snapshot in a bounded, approximately
/// least-recently-used cache. A snapshot never changes, so a repeated search (the same
/// request) has the same answer until a reload; the bound keeps a stream of distinct searches
/// from growing memory or evicting the list bodies of `ComposedBodyCache`.
///
/// Two generations instead of a linked list: hits are served from `recent` or promoted from
/// `older`; when `recent` fills half the budget it becomes `older` and the previous `older`
/// is dropped. Every entry used within the last half-budget of insertions survives, and each
/// operation is one or two dictionary lookups under the lock.
final class SearchBodyCache: BodyCache {
    private struct Generation {
        var bodies: [String: [UInt8]] = [:]
        var bytes = 0
    }

    private struct State {
        var identity = ""
        var recent = Generation()
        var older = Generation()
    }

    private let state = Mutex(State())
    /// Per generation: at most this many entries and bytes (so at most twice in all).
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 2048, maxBytes: Int = 16 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The body kept for `key` from this snapshot; a hit in the older generation moves it
    /// to the recent one.
    func cached(identity: String, key: String) -> [UInt8]? {
        state.withLock { state in
            guard state.identity == identity else { return nil }
            if let body = state.recent.bodies[key] { return body }
            guard let body = state.older.bodies.removeValue(forKey: key) else { return nil }
            state.older.bytes -= body.count
            insert(body, for: key, into: &state)
            return body
        }
    }

    func store(_ body: [UInt8], identity: String, key: String) {
        state.withLock { state in
            if state.identity != identity { state = State(identity: identity) }
            guard state.recent.bodies[key] == nil else { return }
            insert(body, for: key, into: &state)
        }
    }

    private func insert(_ body: [UInt8], for key: String, into state: inout State) {
        guard body.count <= maxBytes else { return }
        if state.recent.bodies.count >= maxEntries || state.recent.bytes + body.count > maxBytes {
            state.older = state.recent
            state.recent = Generation()
        }
        state.recent.bodies[key] = body
        state.recent.bytes += body.count
    }

    /// Entries held now, for tests.
    var count: Int { state.withLock { $0.recent.bodies.count + $0.older.bodies.count } }
}
