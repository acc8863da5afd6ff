import BylineExtraction
import BylineModel
import Testing

@testable import BylineCorpus

@Suite struct PreparedArticleTests {
    /// The excerpt worked out from as little of the text as it needs is `ArticleSummary`'s.
    @Test func excerpt_isTheSummarysExcerpt_forShortLongAndNonASCIIParagraphs() {
        let paragraphs = [
            "Short lead.",
            String(repeating: "x", count: 240),
            String(repeating: "word ", count: 48) + "end",
            String(repeating: "é", count: 200),  // 400 bytes, 200 characters
            String(repeating: "é", count: 241),
            String(repeating: "e\u{301}", count: 239) + " tail, more.",  // a character is two scalars
            String(repeating: "ab 👩‍👩‍👧 ", count: 60),
            String(repeating: "🇫🇷", count: 250),
            "",
        ]
        for paragraph in paragraphs {
            let text = [paragraph, "Second paragraph."].joined(separator: "\n\n")
            let article = Article(
                id: "a", title: "A", authors: [], text: text, paragraphs: [], wordCount: 1, source: "a.txt",
                entityCount: 0, quoteCount: 0)
            var whole = article
            whole.paragraphs = [paragraph, "Second paragraph."]
            #expect(PreparedArticle.excerpt(of: article) == ArticleSummary(whole).excerpt, "\(paragraph.prefix(20))")
        }
    }

    @Test func mentions_comeInTextOrder_withTheirWords_andRepeatedFormsShareThem() throws {
        let body = ArticleText(paragraphs: ["Putin met Lavrov. Putin spoke; Putin left, and Mr. Putin said no."])
        let spans = TestExtraction.occurrences(of: "Putin", in: body.utf16)
        let entity = RecognizedEntity(
            name: "Vladimir Putin", type: .person, aliases: ["Putin"],
            mentions: spans.reversed() + [TextSpan(start: 500, end: 505), TextSpan(start: 3, end: 3)])
        var dropped = 0
        let prepared = PreparedArticle.Entity(entity, body: body, valid: { $0.end <= body.utf16.count }, dropped: &dropped)
        #expect(dropped == 2)
        #expect(prepared.mentions.map(\.span) == spans)
        #expect(prepared.mentions.allSatisfy { $0.text == body[$0.span] })
    }

    @Test func quotes_outOfOrder_areSortedByPlace() {
        let paragraph = "\"First,\" she said. \"Second,\" he said."
        var a = TestExtraction.make(
            title: "Order", paragraphs: [paragraph],
            quotes: [TestQuote(text: "First,", speaker: nil), TestQuote(text: "Second,", speaker: nil)])
        a.quotes.reverse()
        let prepared = PreparedArticle(a)
        #expect(prepared.quotes.map(\.start) == [1, 20])
    }
}
