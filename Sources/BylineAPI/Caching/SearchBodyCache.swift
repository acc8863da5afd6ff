import Synchronization

/// Bodies of free-text requests (`?q=`), kept per snapshot in a bounded, approximately
/// least-recently-used cache (`Generations`). A snapshot never changes, so a repeated search
/// (the same request) has the same answer until a reload; the bound keeps a stream of distinct
/// searches from growing memory or evicting the list bodies of `ComposedBodyCache`.
final class SearchBodyCache: BodyCache {
    private struct State {
        var identity = ""
        var bodies: Generations<[UInt8]>
    }

    private let state: Mutex<State>
    /// Per generation: at most this many entries and bytes (so at most twice in all).
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 2048, maxBytes: Int = 16 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        state = Mutex(State(bodies: Generations(maxEntries: maxEntries, maxBytes: maxBytes)))
    }

    /// The body kept for `key` from this snapshot; a hit in the older generation moves it
    /// to the recent one.
    func cached(identity: String, key: String) -> [UInt8]? {
        state.withLock { state in
            guard state.identity == identity else { return nil }
            return state.bodies.value(for: key)
        }
    }

    func store(_ body: [UInt8], identity: String, key: String) {
        state.withLock { state in
            if state.identity != identity {
                state = State(identity: identity, bodies: Generations(maxEntries: maxEntries, maxBytes: maxBytes))
            }
            state.bodies.store(body, for: key, cost: body.count)
        }
    }

    /// Entries held now, for tests.
    var count: Int { state.withLock { $0.bodies.count } }
}
