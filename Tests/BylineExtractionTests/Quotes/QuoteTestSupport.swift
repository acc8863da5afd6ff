@testable import BylineExtraction
import BylineModel

/// Runs the quote extractor on hand-written paragraphs and reports what tests look at.
struct ExtractedForTest: Equatable, CustomStringConvertible {
    var text: String
    var kind: Quote.Kind
    var speaker: String?
    var cue: String?
    var speakerText: String?

    var description: String { "\(kind) \(speaker ?? "-") [\(cue ?? "-")] \(text)" }
}

enum QuoteTestSupport {
    static func extract(_ paragraphs: [String], entities: [RecognizedEntity] = []) -> [ExtractedForTest] {
        extractWithEntities(paragraphs, entities: entities).quotes
    }

    static func extractWithEntities(_ paragraphs: [String], entities: [RecognizedEntity] = [])
        -> (quotes: [ExtractedForTest], entities: [RecognizedEntity])
    {
        let text = ArticleText(paragraphs: paragraphs)
        var all = entities
        let quotes = QuoteExtractor().extract(text, entities: &all)
        let found = quotes.map { quote in
            ExtractedForTest(
                text: text[quote.span], kind: quote.kind, speaker: quote.speaker.map { all[$0].name },
                cue: quote.cue, speakerText: quote.speakerText)
        }
        return (found, all)
    }

    /// A person entity with its mentions found by searching the text for each form.
    static func person(
        _ name: String, aliases: [String] = [], gender: RecognizedEntity.Gender? = nil, titles: [String] = [],
        in paragraphs: [String]
    ) -> RecognizedEntity {
        let text = ArticleText(paragraphs: paragraphs)
        var mentions: [TextSpan] = []
        for form in [name] + aliases {
            let units = Array(form.utf16)
            var index = 0
            while index + units.count <= text.utf16.count {
                if Array(text.utf16[index..<(index + units.count)]) == units,
                    !mentions.contains(where: { $0.overlaps(TextSpan(start: index, end: index + units.count)) })
                {
                    mentions.append(TextSpan(start: index, end: index + units.count))
                }
                index += 1
            }
        }
        return RecognizedEntity(
            name: name, type: .person, aliases: aliases, titles: titles, mentions: mentions.sorted(), gender: gender)
    }
}
