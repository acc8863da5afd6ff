/// An article in a list: everything but `text` and `paragraphs`, plus an `excerpt`.
public struct ArticleSummary: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var authors: [String]
    public var outlet: String?
    public var outletFull: String?
    public var publisher: String?
    public var section: String?
    public var publishedAt: String?
    public var republishedAt: String?
    public var excerpt: String
    public var wordCount: Int
    public var source: String
    public var entityCount: Int
    public var quoteCount: Int

    /// The longest excerpt, in characters, before it is cut at a word boundary.
    public static let excerptLength = 240

    public init(_ article: Article) {
        id = article.id
        title = article.title
        authors = article.authors
        outlet = article.outlet
        outletFull = article.outletFull
        publisher = article.publisher
        section = article.section
        publishedAt = article.publishedAt
        republishedAt = article.republishedAt
        excerpt = Self.excerpt(of: article.paragraphs.first ?? "")
        wordCount = article.wordCount
        source = article.source
        entityCount = article.entityCount
        quoteCount = article.quoteCount
    }

    static func excerpt(of paragraph: String) -> String {
        guard paragraph.count > excerptLength else { return paragraph }
        let cut = paragraph.prefix(excerptLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingSuffix(while: { $0.isPunctuation || $0 == " " }) + "…"
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
