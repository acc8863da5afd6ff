import Testing
@testable import BylineExtraction

/// `"... he is 6’2”,” Dana Ruiz said`: an inches mark closes the quotation early and the real
/// closing mark follows the comma; the cue after that stray mark is still the quotation's own.
@Suite struct StrayClosingMarkTests {
    @Test func cueAfterDoubledClosingMark_isTheQuotesOwn() {
        let paragraphs = [
            "The remarks came on Friday, the Valley Courier reported.",
            "“He keeps mocking my height. I admit he is taller; he is like 6’2”,” Dana Ruiz said Friday in Tulsa.",
        ]
        #expect(QuoteTestSupport.speakerWords(AdjacentCueRule(), quote: 0, in: paragraphs) == "Dana Ruiz")
        #expect(QuoteTestSupport.directSpeakers(paragraphs).first == "Dana Ruiz")
    }

    @Test func strayMarkTest_acceptsOnlyACurlyCloserThatOpensNothing() {
        let doubled = QuoteTestSupport.context(["“He is like 6’2”,” Dana Ruiz said."])
        let comma = doubled.tokens.firstIndex { $0.text == "," } ?? 0
        #expect(AdjacentCueRule.isStrayClosingMark(comma + 1, doubled))
        // A straight mark or an opening curly mark after the comma may open the next quotation.
        for text in ["\"Never\", \"not once\", Dana Ruiz said.", "“Never”, “not once”, Dana Ruiz said."] {
            let context = QuoteTestSupport.context([text])
            let comma = context.tokens.firstIndex { $0.text == "," } ?? 0
            #expect(!AdjacentCueRule.isStrayClosingMark(comma + 1, context))
        }
    }
}
