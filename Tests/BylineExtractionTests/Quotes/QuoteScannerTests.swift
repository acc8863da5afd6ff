import Testing
@testable import BylineExtraction

@Suite struct QuoteScannerTests {
    @Test func straightCurlyAndDoubledApostropheMarks_allOpenQuotes() {
        let found = QuoteTestSupport.scanned([
            "He said \"straight one\" and “curly one” and ''doubled one'' today.",
        ])
        #expect(found == ["straight one", "curly one", "doubled one"])
    }

    @Test func curlyOpeningInsideCurlyQuote_isNestedWhenTheParagraphClosesTwice() {
        let found = QuoteTestSupport.scanned([
            "“I would rather live in what he calls “hell” than in his world.” ― Ana Vega",
            "“An unclosed start “A second one,” she wrote.",
        ])
        #expect(found == [
            "I would rather live in what he calls “hell” than in his world.", "hell", "An unclosed start",
            "A second one,",
        ])
    }

    @Test func apostrophes_areNeverQuoteMarks() {
        let found = QuoteTestSupport.scanned([
            "\"The world's best rock 'n' roll of the '90s isn't ours,\" she said.",
        ])
        #expect(found == ["The world's best rock 'n' roll of the '90s isn't ours,"])
    }

    @Test func singleQuotesInsideDoubleQuotes_areTheirOwnNestedQuote() {
        let text = ArticleText(paragraphs: ["\"They accused him of 'gross incompetence' in the deal,\" a reporter said."])
        let spans = QuoteScanner().scan(text)
        #expect(spans.map { text[$0.content] } == ["They accused him of 'gross incompetence' in the deal,", "gross incompetence"])
        #expect(spans[1].parent == 0)
    }

    @Test func quotationOverSeveralParagraphs_isOneQuote() {
        let found = QuoteTestSupport.scanned([
            "\"We start here and go on.",
            "\"And we finish there,\" the mayor said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("We start here") == true)
        #expect(found.first?.hasSuffix("finish there,") == true)
    }

    @Test func unbalancedQuote_endsAtItsParagraph() {
        let found = QuoteTestSupport.scanned([
            "The minister called it \"a disaster for the region.",
            "Nothing in this paragraph is quoted.",
        ])
        #expect(found == ["a disaster for the region."])
    }

    @Test func strayClosingMark_isIgnored() {
        let found = QuoteTestSupport.scanned(["He is 6'3\" tall and weighs 236 pounds, a \"healthy\" weight."])
        #expect(found == ["healthy"])
    }
}
