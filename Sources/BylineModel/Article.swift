/// One news article as clients see it (API.md, "Article").
///
/// `text` is the clean body: paragraphs joined by a blank line. Every offset anywhere in the
/// model is a half-open range of UTF-16 code units into this `text`.
public struct Article: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var authors: [String]
    /// The outlet in its short form ("NPR").
    public var outlet: String?
    /// The outlet as the source line printed it ("NPR Oregon Public Broadcasting"), when it differs.
    public var outletFull: String?
    public var publisher: String?
    public var section: String?
    public var publishedAt: String?
    public var republishedAt: String?
    public var text: String
    public var paragraphs: [String]
    public var wordCount: Int
    public var source: String
    public var entityCount: Int
    public var quoteCount: Int

    public init(
        id: String, title: String, authors: [String] = [], outlet: String? = nil,
        outletFull: String? = nil, publisher: String? = nil, section: String? = nil,
        publishedAt: String? = nil, republishedAt: String? = nil, text: String,
        paragraphs: [String], wordCount: Int, source: String, entityCount: Int = 0,
        quoteCount: Int = 0
    ) {
        self.id = id
        self.title = title
        self.authors = authors
        self.outlet = outlet
        self.outletFull = outletFull
        self.publisher = publisher
        self.section = section
        self.publishedAt = publishedAt
        self.republishedAt = republishedAt
        self.text = text
        self.paragraphs = paragraphs
        self.wordCount = wordCount
        self.source = source
        self.entityCount = entityCount
        self.quoteCount = quoteCount
    }
}
