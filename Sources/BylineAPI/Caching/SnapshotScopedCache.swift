import Synchronization

/// Values valid for one snapshot identity, bounded in count and bytes (`Generations`): the
/// shared core of `SearchBodyCache` and `AnswerCache`. A snapshot never changes, so a value
/// stays right until a reload; storing under a new identity drops every value of the old one
/// (and whatever storage of the old snapshot they keep alive).
final class SnapshotScopedCache<Value: Sendable>: Sendable {
    private struct State {
        var identity = ""
        var values: Generations<Value>
    }

    private let state: Mutex<State>
    /// Per generation: at most this many entries and bytes (so at most twice in all).
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int, maxBytes: Int) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        state = Mutex(State(values: Generations(maxEntries: maxEntries, maxBytes: maxBytes)))
    }

    /// The value kept for `key` from this snapshot; a hit in the older generation moves it
    /// to the recent one.
    func cached(identity: String, key: String) -> Value? {
        state.withLock { state in
            guard state.identity == identity else { return nil }
            return state.values.value(for: key)
        }
    }

    func store(_ value: Value, cost: Int, identity: String, key: String) {
        state.withLock { state in
            if state.identity != identity {
                state = State(identity: identity, values: Generations(maxEntries: maxEntries, maxBytes: maxBytes))
            }
            state.values.store(value, for: key, cost: cost)
        }
    }

    /// Entries held now, for tests.
    var count: Int { state.withLock { $0.values.count } }
}
