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

extension CorpusSnapshot {
    /// Heap bytes held by each part of the snapshot (an account, for the load benchmark and
    /// docs/ingestion.md: array capacities, dictionary capacities, out-of-line strings).
    public var footprint: [(part: String, bytes: Int)] { storage.footprint }
}
