import BylineModel

/// Articles, entities and quotes with corpus-wide ids, and the relations between them by
/// position: what a snapshot indexes and what `extract` prints.
struct LinkedCorpus: Sendable {
    /// In load order, with `entityCount` and `quoteCount` counted after linking; `text`
    /// empty (see `escapedTexts`).
    var articles: [Article]
    /// Each article's text, JSON-escaped, and its summary's excerpt.
    var escapedTexts: [[UInt8]]
    var excerpts: [String]
    /// Without mentions; counts are corpus-wide.
    var entities: [Entity]
    /// Per entity, in article order then text order.
    var mentions: [[LinkedMention]]
    /// Per entity, the articles mentioning it, ascending.
    var entityArticles: [[Int]]
    /// Per article, the entities it mentions, ascending.
    var articleEntities: [[Int]]
    /// Per quote, what the snapshot keeps: its words are sliced from the article's stored text.
    var quotes: [LinkedQuote]
    var quoteArticle: [Int]
    var quoteSpeaker: [Int?]
    /// Per article, its quotes in text order.
    var articleQuotes: [[Int]]
    /// Mentions and quotes whose offsets fell outside their article's text, left out.
    var droppedSpans: Int
}
