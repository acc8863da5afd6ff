import Synchronization

/// Bodies that are composed per request from several precomputed parts (an article with its
/// entities and quotes, an entity with its mentions and articles), kept for the snapshot they
/// came from. A snapshot never changes, so an entry is valid until the snapshot is replaced;
/// the cache empties itself when it sees a new snapshot identity or outgrows its budget.
final class ComposedBodyCache: Sendable {
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

    func body(
        identity: String, key: String, make: () throws(APIError) -> [UInt8]
    ) throws(APIError) -> [UInt8] {
        if let cached = cached(identity: identity, key: key) { return cached }
        // Built outside the lock: two requests may build the same body once each, which is
        // cheaper than making every reader wait for one builder.
        let body = try make()
        store(body, identity: identity, key: key)
        return body
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
