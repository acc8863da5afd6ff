import Synchronization

/// Bodies that are composed per request from several precomputed parts (an article with its
/// entities and quotes, an entity with its mentions and articles), kept for the snapshot they
/// came from. A snapshot never changes, so an entry is valid until the snapshot is replaced;
/// the cache empties itself when it sees a new snapshot identity or outgrows its budget.
final class ComposedBodyCache: BodyCache {
    private struct State {
        var identity = ""
        var bodies: [String: [UInt8]] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    let maxBytes: Int

    init(maxBytes: Int = 64 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    func cached(identity: String, key: String) -> [UInt8]? {
        state.withLock { state in
            state.identity == identity ? state.bodies[key] : nil
        }
    }

    func store(_ body: [UInt8], identity: String, key: String) {
        state.withLock { state in
            if state.identity != identity {
                state = State(identity: identity)
            }
            if state.bytes + body.count > maxBytes {
                state.bodies.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            guard body.count <= maxBytes else { return }
            state.bodies[key] = body
            state.bytes += body.count
        }
    }
}
