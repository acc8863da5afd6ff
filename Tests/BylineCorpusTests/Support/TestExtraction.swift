import BylineExtraction
import BylineModel

/// Builds extractions by hand, as a recognizer and quote extractor would, so linking and the
/// repository can be tested apart from the extractors: every occurrence of each entity's
/// forms is a mention, each quote text's first occurrence is a quote.
struct TestEntity {
    var name: String
    var type: EntityType
    var forms: [String] = []
}

struct TestQuote {
    var text: String
    var speaker: Int?
    var kind: Quote.Kind = .full
}

enum TestExtraction {
    static func make(
        title: String, paragraphs: [String], entities: [TestEntity] = [], quotes: [TestQuote] = [],
        publishedAt: String? = nil, source: String? = nil, authors: [String] = [], outlet: String? = nil
    ) -> ArticleExtraction {
        let body = ArticleText(paragraphs: paragraphs)
        let recognized = entities.map { entity in
            let forms = [entity.name] + entity.forms
            let spans = forms.flatMap { occurrences(of: $0, in: body.utf16) }
            let mentions = spans.filter { span in !spans.contains { $0 != span && $0.contains(span) } }.sorted()
            return RecognizedEntity(name: entity.name, type: entity.type, aliases: entity.forms, mentions: mentions)
        }
        let extracted = quotes.compactMap { quote -> ExtractedQuote? in
            occurrences(of: quote.text, in: body.utf16).first.map {
                ExtractedQuote(span: $0, kind: quote.kind, speaker: quote.speaker, cue: quote.speaker == nil ? nil : "said")
            }
        }
        let article = Article(
            id: Slug.make(title), title: title, authors: authors, outlet: outlet, publishedAt: publishedAt,
            text: body.text, paragraphs: paragraphs, wordCount: body.text.split(separator: " ").count,
            source: source ?? Slug.make(title) + ".txt", entityCount: recognized.count, quoteCount: extracted.count)
        return ArticleExtraction(article: article, entities: recognized, quotes: extracted, body: body)
    }

    static func occurrences(of form: String, in units: [UInt16]) -> [TextSpan] {
        let needle = Array(form.utf16)
        guard !needle.isEmpty, needle.count <= units.count else { return [] }
        return (0...(units.count - needle.count)).compactMap { start in
            units[start..<(start + needle.count)].elementsEqual(needle)
                ? TextSpan(start: start, end: start + needle.count) : nil
        }
    }
}

/// `text.slice(start, end)` as JavaScript computes it: UTF-16 code units.
func jsSlice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let units = Array(text.utf16)
    guard 0 <= start, start <= end, end <= units.count else { return nil }
    return String(decoding: units[start..<end], as: UTF16.self)
}
