import Testing
@testable import BylineExtraction

/// Odd input never crashes and never yields a quote outside the text.
@Suite struct QuoteRobustnessTests {
    static let oddArticles: [[String]] = [
        ["said that"], ["\""], ["''"], ["'"], ["“”"], ["said"], ["According to"], ["— ― --"],
        ["\"", "\""], ["“open", "“still open", "and closed”"], ["'''", "\"\"\"\""],
        ["says he", "he said."], ["\"Q,\" said", "said, \""], ["According to X,"],
        ["told reporters that"], [", saying that"], ["👍🏽 \"emoji 👨‍👩‍👧 quote\" said 👍"],
        ["Mr. \"A\" Mr. \"B\" Mr."], ["\"A. \"B. \"C."], ["(\"a\")", ")\"b\"("],
    ]

    @Test(arguments: oddArticles)
    func oddInput_givesQuotesInsideTheText(_ paragraphs: [String]) {
        let text = ArticleText(paragraphs: paragraphs)
        var entities: [RecognizedEntity] = []
        let quotes = QuoteExtractor().extract(text, entities: &entities)
        for quote in quotes {
            #expect(quote.span.start >= 0 && quote.span.end <= text.utf16.count)
            if let speaker = quote.speaker { #expect(entities.indices.contains(speaker)) }
        }
    }

    @Test func emptyArticle_hasNoQuotes() {
        var entities: [RecognizedEntity] = []
        #expect(QuoteExtractor().extract(ArticleText(paragraphs: []), entities: &entities).isEmpty)
    }
}
