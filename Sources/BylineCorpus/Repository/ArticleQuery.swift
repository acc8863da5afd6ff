/// Which articles a list shows and in which order. Every filter given must hold.
public struct ArticleQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// publishedAt newest first, undated last; ties by title, then id.
        case newest
        /// publishedAt oldest first, undated last; ties by title, then id.
        case oldest
        /// Title (folded), then id.
        case title
        /// Best full-text match first; needs `text` (without it, `newest`).
        case relevance
    }

    /// Full-text search over title and body: every term must occur.
    public var text: String?
    /// Articles mentioning this entity id.
    public var entityId: String?
    /// Articles holding a quote attributed to this entity id.
    public var speakerId: String?
    /// Inclusive ISO dates (`2017-04-12`) on publishedAt; articles without a date are left out
    /// when either bound is given.
    public var from: String?
    public var to: String?
    /// Exact (case- and diacritic-folded) matches on these fields; author is any of the authors.
    public var outlet: String?
    public var publisher: String?
    public var section: String?
    public var author: String?
    /// `nil`: `relevance` when `text` is given, `newest` otherwise.
    public var sort: Sort?
    public var page: PageRequest

    public init(
        text: String? = nil, entityId: String? = nil, speakerId: String? = nil,
        from: String? = nil, to: String? = nil, outlet: String? = nil, publisher: String? = nil,
        section: String? = nil, author: String? = nil, sort: Sort? = nil,
        page: PageRequest = PageRequest()
    ) {
        self.text = text
        self.entityId = entityId
        self.speakerId = speakerId
        self.from = from
        self.to = to
        self.outlet = outlet
        self.publisher = publisher
        self.section = section
        self.author = author
        self.sort = sort
        self.page = page
    }
}
