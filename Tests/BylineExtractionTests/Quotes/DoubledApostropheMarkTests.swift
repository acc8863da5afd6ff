import Testing
@testable import BylineExtraction

/// The NYT's `''` marks are two tokens: a test of the quotation's first word reads the token
/// after both, not the second apostrophe (session 10).
@Suite struct DoubledApostropheMarkTests {
    @Test func firstInside_skipsBothApostrophes() {
        let context = QuoteTestSupport.context(["Dana Pike said, ''We will rebuild the pier.''"])
        let site = QuoteSite(quote: 0, in: context)
        #expect(context.tokens[site.firstInside(context)].text == "We")
    }

    @Test func nounThenCommaThenWholeSentence_inApostropheMarks() {
        let paragraph = "Dana Pike's statement, ''We will not rest until the pier is fixed,'' was read aloud."
        #expect(QuoteTestSupport.directSpeakers([paragraph]) == ["Dana Pike"])
    }
}
