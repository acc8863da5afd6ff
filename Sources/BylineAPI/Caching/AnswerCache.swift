import BylineHTTP
import Synchronization

/// Finished answers of cacheable GETs, by request target exactly as sent, for the snapshot
/// they came from: the body (bytes, or slices of the snapshot's stored JSON), both entity
/// tags, and the memo where the engine keeps the gzip form. A target seen once with a 200 is
/// answered again without validating its query (the same target always validates the same
/// way), hashing its tag or calling the handler. Bounded like the search cache, since targets
/// have no limit; bodies are shared with `ComposedBodyCache`/`SearchBodyCache` (arrays are
/// copy-on-write), so an entry costs its own bytes only when no other cache holds the body.
final class AnswerCache: Sendable {
    struct Answer: Sendable {
        let body: [UInt8]
        let pieces: [ArraySlice<UInt8>]
        /// The tag of the identity body and of its gzip form (RFC 9110 §8.8.3: a strong tag
        /// names exact bytes, so the two differ).
        let identityTag: String
        let gzipTag: String
        let gzip = GzipMemo()

        /// What the entry holds on its own: the body's bytes, or only the slice list when it
        /// points into the snapshot's storage.
        var cost: Int {
            body.count + pieces.count * MemoryLayout<ArraySlice<UInt8>>.stride + 128
        }
    }

    private struct State {
        var identity = ""
        var answers: Generations<Answer>
    }

    private let state: Mutex<State>
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 4096, maxBytes: Int = 16 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        state = Mutex(State(answers: Generations(maxEntries: maxEntries, maxBytes: maxBytes)))
    }

    func cached(identity: String, target: String) -> Answer? {
        state.withLock { state in
            guard state.identity == identity else { return nil }
            return state.answers.value(for: target)
        }
    }

    func store(_ answer: Answer, identity: String, target: String) {
        state.withLock { state in
            if state.identity != identity {
                // A new snapshot: every answer of the old one is stale (and its slices would
                // keep the old snapshot's storage alive).
                state = State(identity: identity, answers: Generations(maxEntries: maxEntries, maxBytes: maxBytes))
            }
            state.answers.store(answer, for: target, cost: answer.cost)
        }
    }

    /// Entries held now, for tests.
    var count: Int { state.withLock { $0.answers.count } }
}
