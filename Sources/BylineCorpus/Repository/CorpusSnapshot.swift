import BylineModel

/// One loaded corpus with every index the API needs: built once, then never changed, so any
/// number of threads read it without locks. A reload builds a new snapshot (`CorpusStore`).
public final class CorpusSnapshot: CorpusRepository {
    public let identity: String
    public let stats: CorpusStats

    /// Every index, by position; see `SnapshotStorage`.
    let storage: SnapshotStorage

    init(identity: String, stats: CorpusStats, storage: SnapshotStorage) {
        self.identity = identity
        self.stats = stats
        self.storage = storage
    }

    /// An empty corpus: what a server holds before its first load.
    public static let empty = build(prepared: [], stats: CorpusStats())
}
