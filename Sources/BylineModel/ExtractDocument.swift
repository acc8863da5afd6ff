/// What `byline extract` prints for one input file (API.md, "The extract document").
public struct ExtractDocument: Codable, Sendable, Hashable {
    public var article: Article
    public var entities: [Entity]
    public var quotes: [Quote]

    public init(article: Article, entities: [Entity], quotes: [Quote]) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
    }
}
