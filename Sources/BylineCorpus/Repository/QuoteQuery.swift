import BylineModel

/// Which quotes a list shows. Quotes come in article order (as `ArticleQuery.Sort.newest`),
/// then text order; with `text`, best match first.
public struct QuoteQuery: Sendable, Hashable {
    /// Full-text search over the quote's words: every term must occur.
    public var text: String?
    public var speakerId: String?
    /// The speaker's name or any alias, folded: "putin" finds quotes of "Vladimir Putin".
    public var speakerName: String?
    public var articleId: String?
    public var kind: Quote.Kind?
    /// `true`: only quotes with a speaker; `false`: only quotes without.
    public var attributed: Bool?
    public var page: PageRequest

    public init(
        text: String? = nil, speakerId: String? = nil, speakerName: String? = nil,
        articleId: String? = nil, kind: Quote.Kind? = nil, attributed: Bool? = nil,
        page: PageRequest = PageRequest()
    ) {
        self.text = text
        self.speakerId = speakerId
        self.speakerName = speakerName
        self.articleId = articleId
        self.kind = kind
        self.attributed = attributed
        self.page = page
    }
}
