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
        // The search indexes and the linking need nothing from each other: they run at once.
        // Each article's term counts go before linking starts (`consuming`: the caller's
        // array is handed over, not copied on the first write).
        let (search, linked) = link(prepared)
        return SnapshotBuilder.build(
            linked: linked, articleSearch: search.articles, quoteSearch: search.quotes, orders: search.orders,
            stats: stats)
    }

    /// A function of its own so the prepared articles are freed before the snapshot is built.
    private static func link(
        _ prepared: consuming [PreparedArticle]
    ) -> ((articles: FullTextIndex, quotes: FullTextIndex, orders: ArticleOrders), LinkedCorpus) {
        let terms = PickedTermDocuments(columns: prepared.map(\.terms), picks: prepared.indices.map { ($0, 0) })
        // Quotes in corpus order (articles newest first, each article's quotes in text order):
        // the orders need only ids, titles and dates, final before linking.
        let orders = ArticleOrders(prepared.map(\.article))
        var picks: [(article: Int, document: Int)] = []
        picks.reserveCapacity(prepared.reduce(0) { $0 + $1.quotes.count })
        for article in orders.newest {
            for quote in prepared[article].quotes.indices { picks.append((article, quote)) }
        }
        let quoteTerms = PickedTermDocuments(columns: prepared.map(\.quoteTerms), picks: picks)
        for index in prepared.indices {
            prepared[index].terms = TermColumns()
            prepared[index].quoteTerms = TermColumns()
        }
        let articles = prepared
        // The linker costs about what both indexes cost together: one side each.
        let (indexes, linked) = Parallel.both(
            { (FullTextIndex(terms), FullTextIndex(quoteTerms)) }, { CorpusLinker.link(articles) })
        return ((indexes.0, indexes.1, orders), linked)
    }
}
