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
        /// The body's bytes in a shared-memory file, sent from there with sendfile.
        var file: BodyFileRegion?

        /// What the entry holds on its own: the body's bytes, or only the slice list when it
        /// points into the snapshot's storage.
        var cost: Int {
            body.count + pieces.count * MemoryLayout<ArraySlice<UInt8>>.stride + 128
        }
    }

    private struct State {
        var identity = ""
        var answers: Generations<Answer>
        /// Where the recent generation's bodies are copied for sendfile, and the generation it
        /// belongs to: every answer in `recent` points into this file or the one before, so at
        /// most two files (2 × `maxBytes`) are alive besides responses in flight.
        var file: BodyFile?
        var fileRotation = -1
    }

    private let state: Mutex<State>
    let maxEntries: Int
    let maxBytes: Int
    /// Bodies at least this large are also copied into a `BodyFile` (nil: never). Smaller ones
    /// cost less to copy than the second system call sendfile needs.
    let fileMinimumBody: Int?

    init(maxEntries: Int = 4096, maxBytes: Int = 16 * 1024 * 1024, fileMinimumBody: Int? = 8 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        self.fileMinimumBody = fileMinimumBody
        state = Mutex(State(answers: Generations(maxEntries: maxEntries, maxBytes: maxBytes)))
    }

    func cached(identity: String, target: String) -> Answer? {
        state.withLock { state in
            guard state.identity == identity else { return nil }
            var promoted = false
            let answer = state.answers.value(for: target) { _ in promoted = true }
            guard promoted, var answer else { return answer }
            // Moved to the recent generation: its body moves to the recent generation's file,
            // so the older file can close once its generation is dropped.
            answer.file = fileRegion(for: answer.body, in: &state)
            state.answers.replaceRecent(answer, for: target)
            return answer
        }
    }

    /// Keeps `answer` for `target`, with its body copied into the current body file when it is
    /// large enough; answers what was kept.
    @discardableResult
    func store(_ answer: Answer, identity: String, target: String) -> Answer {
        state.withLock { state in
            if state.identity != identity {
                // A new snapshot: every answer of the old one is stale (and its slices would
                // keep the old snapshot's storage alive).
                state = State(identity: identity, answers: Generations(maxEntries: maxEntries, maxBytes: maxBytes))
            }
            var answer = answer
            state.answers.store(answer, for: target, cost: answer.cost)
            answer.file = fileRegion(for: answer.body, in: &state)
            state.answers.replaceRecent(answer, for: target)
            return answer
        }
    }

    /// The body copied into the recent generation's file (a new file when the generations have
    /// turned since the last copy); nil for small bodies, or when the file is full or missing.
    private func fileRegion(for body: [UInt8], in state: inout State) -> BodyFileRegion? {
        guard let fileMinimumBody, body.count >= fileMinimumBody else { return nil }
        if state.fileRotation != state.answers.rotations || state.file == nil {
            state.file = BodyFile(capacity: maxBytes)
            state.fileRotation = state.answers.rotations
        }
        return state.file?.append(body)
    }

    /// How many distinct body files the kept answers point into (at most two), for tests.
    var bodyFileCount: Int {
        state.withLock { state in
            Set(state.answers.values.compactMap { $0.file.map { ObjectIdentifier($0.file) } }).count
        }
    }

    /// Entries held now, for tests.
    var count: Int { state.withLock { $0.answers.count } }
}
