import Synchronization

/// Responses handlers marked reusable (`HTTPResponse.reuseEpoch`), by `ReuseKey`, shared by
/// every event loop. A hit is one hash lookup under a lock held for nanoseconds; a response
/// whose epoch has ended is dropped instead of sent. Bounded in entries and bytes by two
/// generations: when the recent one fills, the older is dropped and the recent takes its
/// place, so at most twice the limits are held; an entry hit in the older one moves back.
final class ResponseReuseCache: Sendable {
    struct Limits: Sendable, Hashable {
        /// Per generation; 0 turns reuse off.
        var maxEntries: Int
        var maxBytes: Int
    }

    private struct Generation {
        var entries: [ReuseKey: ReusableResponse] = [:]
        var bytes = 0
    }

    private struct State {
        var recent = Generation()
        var older = Generation()
        /// The epoch of the last stored entry: storing one of another epoch drops all others,
        /// so an ended epoch's responses do not sit in memory until evicted.
        var epoch: ReuseEpoch?
    }

    let limits: Limits
    private let state = Mutex(State())

    init(limits: Limits) {
        self.limits = limits
    }

    var isEnabled: Bool { limits.maxEntries > 0 && limits.maxBytes > 0 }

    func response(for key: ReuseKey) -> ReusableResponse? {
        state.withLock { state in
            if let found = state.recent.entries[key] {
                guard found.epoch.isCurrent else {
                    state = State()
                    return nil
                }
                return found
            }
            guard let found = state.older.entries.removeValue(forKey: key) else { return nil }
            state.older.bytes -= found.cost
            guard found.epoch.isCurrent else {
                state = State()
                return nil
            }
            Self.insert(found, for: key, into: &state, limits: limits)
            return found
        }
    }

    /// Returns what the cache holds afterwards (nil when the response was not kept).
    @discardableResult
    func store(_ response: ReusableResponse, for key: ReuseKey) -> (entries: Int, bytes: Int)? {
        guard isEnabled, response.cost <= limits.maxBytes, response.epoch.isCurrent else { return nil }
        return state.withLock { state in
            if state.epoch !== response.epoch {
                state = State()
                state.epoch = response.epoch
            }
            if let old = state.older.entries.removeValue(forKey: key) { state.older.bytes -= old.cost }
            Self.insert(response, for: key, into: &state, limits: limits)
            return (state.recent.entries.count + state.older.entries.count, state.recent.bytes + state.older.bytes)
        }
    }

    private static func insert(_ response: ReusableResponse, for key: ReuseKey, into state: inout State, limits: Limits) {
        if let old = state.recent.entries.updateValue(response, forKey: key) {
            state.recent.bytes -= old.cost
        }
        state.recent.bytes += response.cost
        if state.recent.entries.count >= limits.maxEntries || state.recent.bytes >= limits.maxBytes {
            state.older = state.recent
            state.recent = Generation()
        }
    }

    /// Entries and bytes held now (both generations): for tests and the memory report.
    var usage: (entries: Int, bytes: Int) {
        state.withLock { ($0.recent.entries.count + $0.older.entries.count, $0.recent.bytes + $0.older.bytes) }
    }
}
