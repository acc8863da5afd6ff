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
        return build(prepared: Parallel.map(distinct, PreparedArticle.init), stats: stats)
    }

    static func build(prepared: consuming [PreparedArticle], stats: CorpusStats) -> CorpusSnapshot {
        // The search index and the linking need nothing from each other: they run at once.
        // Each article's term counts go before linking starts (`consuming`: the caller's
        // array is handed over, not copied on the first write).
        let (search, linked) = link(prepared)
        return SnapshotBuilder.build(linked: linked, articleSearch: search, stats: stats)
    }

    /// A function of its own so the prepared articles are freed before the snapshot is built.
    private static func link(_ prepared: consuming [PreparedArticle]) -> (FullTextIndex, LinkedCorpus) {
        let terms = PickedTermDocuments(columns: prepared.map(\.terms), picks: prepared.indices.map { ($0, 0) })
        for index in prepared.indices { prepared[index].terms = TermColumns() }
        let articles = prepared
        return Parallel.both({ FullTextIndex(terms) }, { CorpusLinker.link(articles) })
    }
}
