import BylineModel

/// The indexes of one snapshot, all by position. Articles are in load order (sorted source
/// paths) and every other index refers to those positions; entities and quotes likewise.
struct SnapshotStorage: Sendable {
    // Articles
    /// Ids by position, and (`articleIds[id]`) position by id.
    var articleIds: IdTable
    /// The only copy of each article (its text stored once); summaries are decoded from
    /// `summaryJSON` when a caller wants values rather than bytes.
    var articleJSON: ArticleStore
    var summaryJSON: SummaryStore
    var articleKeys: ArticleKeyStore
    var newestOrder: [Int]
    var oldestOrder: [Int]
    var titleOrder: [Int]
    /// Position of each article in `newestOrder`: quotes sort by it.
    var newestRank: [Int]
    var articleSearch: FullTextIndex

    // Entities, without mentions; mentions live per entity.
    var entities: EntityStore
    var entityJSON: ByteArena
    var mentions: MentionStore
    var articlesByEntity: IntGroups
    var entitiesByArticle: IntGroups
    var entitiesByMentions: [Int]
    var entitiesByArticles: [Int]
    var entitiesByName: [Int]

    // Quotes, in corpus order (articles newest first, then text order).
    /// Quotes are kept as these columns; their JSON is written on demand with the text sliced
    /// from the article's stored text, and `Quote` values are decoded from that JSON.
    var quoteDetails: QuoteDetails
    var quoteKind: [Quote.Kind]
    var quoteArticle: QuoteArticles
    var quoteSpeaker: OptionalIntColumn
    /// Each article's quotes (consecutive positions), and so each quote's number.
    var quotesByArticle: QuoteRanges
    var quotesBySpeaker: IntGroups
    var quoteSearch: FullTextIndex
}

extension SnapshotStorage {
    /// The number of quote `index` in its article (`<articleId>-q<n>`).
    func quoteNumber(_ index: Int) -> Int {
        quotesByArticle.number(ofQuoteAt: index, article: quoteArticle[index])
    }
}
