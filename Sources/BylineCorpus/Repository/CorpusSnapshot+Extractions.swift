import BylineExtraction
import BylineModel

extension CorpusSnapshot {
    /// A snapshot of extractions already in hand (tests, `extract`): ids made distinct with
    /// `-2`, `-3`, entities linked, everything indexed, in the order given.
    public static func build(from extractions: [ArticleExtraction], stats: CorpusStats = CorpusStats()) -> CorpusSnapshot {
        var ids = UniqueIds()
        let distinct = extractions.map { extraction in
            var copy = extraction
            copy.article.id = ids.claim(extraction.article.id, fallback: extraction.article.source)
            return copy
        }
        return build(
            prepared: Parallel.map(distinct, state: { PreparationScratch() }) { scratch, extraction in PreparedArticle(extraction, scratch: scratch) }, stats: stats)
    }

    /// `consuming`: the caller's array is handed over, and taken apart as it is built.
    static func build(prepared: consuming [PreparedArticle], stats: CorpusStats) -> CorpusSnapshot {
        SnapshotBuilder.build(prepared: prepared, stats: stats)
    }
}
