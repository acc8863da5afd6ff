import BylineModel

/// The read side of a loaded corpus: what the API's controllers query.
///
/// Implementations are immutable values (a snapshot): every method is safe from any thread
/// without locks, and the same snapshot always answers the same way. Methods returning
/// `[UInt8]` hand out JSON encoded once at load time, so serving a resource costs a copy.
public protocol CorpusRepository: Sendable {
    /// Changes whenever the content changes, and only then (same files -> same identity):
    /// a strong ETag for every response of this snapshot.
    var identity: String { get }
    var stats: CorpusStats { get }

    // MARK: Articles
    func article(id: String) -> Article?
    func articleSummary(id: String) -> ArticleSummary?
    func articles(_ query: ArticleQuery) -> Page<ArticleSummary>
    /// The `Article` JSON (API.md), encoded at load time.
    func encodedArticle(id: String) -> [UInt8]?
    /// The `ArticleSummary` JSON, encoded at load time.
    func encodedArticleSummary(id: String) -> [UInt8]?
    /// The `{"article", "entities", "quotes"}` document of one article, as `extract` prints it.
    func extractDocument(articleId: String) -> ExtractDocument?

    // MARK: Entities
    /// The entity with every mention (the detail view).
    func entity(id: String) -> Entity?
    /// Entities without mentions (list items).
    func entities(_ query: EntityQuery) -> Page<Entity>
    /// The entity JSON without mentions, encoded at load time.
    func encodedEntity(id: String) -> [UInt8]?
    /// Mentions of one entity in article order; `nil` for an unknown id.
    func mentions(ofEntity id: String, page: PageRequest) -> Page<Mention>?
    /// Entities sharing articles with this one, most shared first; `nil` for an unknown id.
    func relatedEntities(of id: String, page: PageRequest) -> Page<RelatedEntity>?

    // MARK: Quotes
    func quote(id: String) -> Quote?
    func quotes(_ query: QuoteQuery) -> Page<Quote>
    /// The quote JSON, encoded at load time.
    func encodedQuote(id: String) -> [UInt8]?
}
