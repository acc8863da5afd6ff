/// What a page says about its article besides the story. Every field stays `nil` (or empty)
/// unless the text states it: nothing is guessed.
public struct ArticleMetadata: Sendable, Hashable {
    public var authors: [String] = []
    public var outlet: OutletName?
    public var publisher: String?
    public var section: String?
    public var publishedAt: NewsDate?
    public var republishedAt: NewsDate?
    /// Where the story was filed from, when a dateline says.
    public var dateline: Dateline?

    public init() {}
}
