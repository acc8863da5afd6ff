/// A person, organization or place, one per real-world thing across the corpus (API.md, "Entity").
public struct Entity: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var titles: [String]
    public var mentionCount: Int
    public var articleCount: Int
    /// Present in detail views and in `extract` output; `nil` (and omitted) in lists.
    public var mentions: [Mention]?

    public init(
        id: String, name: String, type: EntityType, aliases: [String] = [], titles: [String] = [],
        mentionCount: Int = 0, articleCount: Int = 0, mentions: [Mention]? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.mentionCount = mentionCount
        self.articleCount = articleCount
        self.mentions = mentions
    }
}
