import BylineExtraction
import BylineModel
import Testing

@testable import BylineCorpus

/// The quote columns hold every quote's fields in corpus order (the articles in the order
/// given, each article's quotes in turn), read in place from the prepared articles.
@Suite struct QuotePartsTests {
    static func quote(_ start: Int, _ kind: Quote.Kind, cue: String?, speaker: String?) -> PreparedArticle.Quote {
        var quote = PreparedArticle.Quote(ExtractedQuote(
            span: TextSpan(start: start, end: start + 5), kind: kind, speakerText: speaker, cue: cue))
        quote.escapedStart = Int32(start + 1)
        quote.escapedEnd = Int32(start + 7)
        return quote
    }

    static let articles: [[PreparedArticle.Quote]] = [
        [quote(0, .full, cue: "said", speaker: "he"), quote(10, .partial, cue: nil, speaker: nil)],
        [],
        [quote(3, .indirect, cue: "told reporters", speaker: "the mayor’s aide"), quote(20, .full, cue: "said", speaker: nil)],
        [quote(7, .partial, cue: "said", speaker: "Zoë")],
    ]

    @Test func columns_followTheOrderGiven() {
        let order = [2, 0, 3, 1]
        let parts = SnapshotBuilder.QuoteParts(Self.articles, order: order)
        let expected = order.flatMap { Self.articles[$0] }
        #expect(parts.kinds == expected.map(\.kind))
        #expect(parts.details.start == expected.map(\.start))
        #expect(parts.details.end == expected.map(\.end))
        #expect(parts.details.escapedStart == expected.map(\.escapedStart))
        #expect(parts.details.escapedEnd == expected.map(\.escapedEnd))
        for (index, quote) in expected.enumerated() {
            #expect(parts.details.string(parts.details.cue[index]) == quote.cue)
            #expect(parts.details.string(parts.details.speakerText[index]) == quote.speakerText)
        }
        // "said" is kept once.
        #expect(parts.details.cue[1] == parts.details.cue[2])
    }
}
