/// An article read out of raw text: its headline, its story paragraphs, and its metadata.
public struct CleanedArticle: Sendable, Hashable {
    public var title: String
    public var paragraphs: [String]
    public var metadata: ArticleMetadata

    public init(title: String, paragraphs: [String], metadata: ArticleMetadata = ArticleMetadata()) {
        self.title = title
        self.paragraphs = paragraphs
        self.metadata = metadata
    }
}
