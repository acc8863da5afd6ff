/// One occurrence of an entity in an article: `text == article.text.utf16[start..<end]`.
public struct Mention: Codable, Sendable, Hashable {
    public var articleId: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(articleId: String, start: Int, end: Int, text: String) {
        self.articleId = articleId
        self.start = start
        self.end = end
        self.text = text
    }
}
