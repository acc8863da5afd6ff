import BylineHTTP

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

    private let answers: SnapshotScopedCache<Answer>

    init(maxEntries: Int = 4096, maxBytes: Int = 16 * 1024 * 1024) {
        answers = SnapshotScopedCache(maxEntries: maxEntries, maxBytes: maxBytes)
    }

    func cached(identity: String, target: String) -> Answer? {
        answers.cached(identity: identity, key: target)
    }

    /// Kept until a new snapshot (whose identity drops every answer of the old one, and with
    /// them the old snapshot's storage their slices keep alive).
    func store(_ answer: Answer, identity: String, target: String) {
        answers.store(answer, cost: answer.cost, identity: identity, key: target)
    }

    /// Entries held now, for tests.
    var count: Int { answers.count }
}
