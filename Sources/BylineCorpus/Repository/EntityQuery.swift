import BylineModel

/// Which entities a list shows and in which order. Every filter given must hold.
public struct EntityQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Most mentions first; ties by name, then id.
        case mentions
        /// Most articles first; ties by name, then id.
        case articles
        /// Name (folded), then id.
        case name
    }

    public var type: EntityType?
    /// Folded prefix of the name, of any word of the name, or of an alias: "put" finds
    /// "Vladimir Putin".
    public var prefix: String?
    /// Entities mentioned in this article id.
    public var articleId: String?
    public var sort: Sort
    public var page: PageRequest

    public init(
        type: EntityType? = nil, prefix: String? = nil, articleId: String? = nil,
        sort: Sort = .mentions, page: PageRequest = PageRequest()
    ) {
        self.type = type
        self.prefix = prefix
        self.articleId = articleId
        self.sort = sort
        self.page = page
    }
}
