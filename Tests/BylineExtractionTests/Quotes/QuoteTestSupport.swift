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

    /// The direct quotations (full and partial) of hand-written paragraphs, without reports.
    static func direct(_ paragraphs: [String], entities: [RecognizedEntity] = []) -> [ExtractedForTest] {
        extract(paragraphs, entities: entities).filter { $0.kind != .indirect }
    }

    /// The speakers of the direct quotations, in text order: what most attribution tests compare.
    static func directSpeakers(_ paragraphs: [String], entities: [RecognizedEntity] = []) -> [String?] {
        direct(paragraphs, entities: entities).map(\.speaker)
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

extension QuoteTestSupport {
    /// The attribution context of hand-written paragraphs, for testing one rule alone.
    static func context(_ paragraphs: [String]) -> AttributionContext {
        let tokenized = TokenizedText(ArticleText(paragraphs: paragraphs))
        return AttributionContext(tokenized, quotes: QuoteScanner().scan(tokenized.text))
    }

    /// The text of the speaker phrase a rule found for quote `index`, or nil.
    static func speakerWords(_ rule: any AttributionRule, quote index: Int, in paragraphs: [String]) -> String? {
        let context = context(paragraphs)
        guard let cue = rule.cue(for: context.sites[index], in: context) else { return nil }
        let phrase = cue.speaker.nameTokens ?? cue.speaker.tokens
        return context.text[context.span(of: phrase)]
    }

    static func scanned(_ paragraphs: [String]) -> [String] {
        let text = ArticleText(paragraphs: paragraphs)
        return QuoteScanner().scan(text).map { text[$0.content] }
    }
}
