import BylineModel
import Foundation

/// One article read from raw text: the article and its per-article entities and quotes,
/// before corpus-wide linking gives entities and quotes their ids.
public struct ArticleExtraction: Sendable {
    public var article: Article
    public var entities: [RecognizedEntity]
    public var quotes: [ExtractedQuote]
    /// The clean body the offsets of `entities` and `quotes` point into.
    public var body: ArticleText
}

/// Raw scraped text -> article, entities, quotes. Pure: no I/O.
///
/// Placeholder cleaning (first line is the title, blank lines separate paragraphs) until the
/// ingestion work replaces it with the real normaliser and metadata reader.
public struct ArticleExtractor: Sendable {
    public var recognizer = EntityRecognizer()
    public var quoteExtractor = QuoteExtractor()

    public init() {}

    public func extract(raw: String, source: String) -> ArticleExtraction? {
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines[(titleIndex + 1)...] {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }

        let text = ArticleText(paragraphs: paragraphs)
        var entities = recognizer.recognize(text)
        let quotes = quoteExtractor.extract(text, entities: &entities)
        let title = lines[titleIndex]
        let article = Article(
            id: Slug.make(title), title: title, text: text.text, paragraphs: paragraphs,
            wordCount: text.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count,
            source: source, entityCount: entities.count, quoteCount: quotes.count)
        return ArticleExtraction(article: article, entities: entities, quotes: quotes, body: text)
    }
}
