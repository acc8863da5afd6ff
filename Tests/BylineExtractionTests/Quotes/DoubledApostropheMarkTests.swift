import Testing
@testable import BylineExtraction

/// The NYT's `''` marks are two tokens: a test of the quotation's first word reads the token
/// after both, not the second apostrophe (session 10).
@Suite struct DoubledApostropheMarkTests {
    @Test func firstInside_skipsBothApostrophes() {
        let context = QuoteTestSupport.context(["Dana Pike said, ''We will rebuild the pier.''"])
        let site = context.sites[0]
        #expect(context.tokens[site.firstInside(context)].text == "We")
    }

    @Test func nounThenCommaThenWholeSentence_inApostropheMarks() {
        let paragraph = "Dana Pike's statement, ''We will not rest until the pier is fixed,'' was read aloud."
        #expect(QuoteTestSupport.directSpeakers([paragraph]) == ["Dana Pike"])
    }

    @Test func dashIntroduction_readsTheWordAfterBothApostrophes() {
        let sentence = "Tramp also embraced harsh interrogation -- ''I think it is nothing compared to what they do.''"
        #expect(QuoteTestSupport.speakerWords(DashIntroductionRule(), quote: 0, in: [sentence]) == "Tramp")
    }

    @Test func wholeSentenceBeforeACueWithoutComma_inApostropheMarks() {
        let paragraph = "''The caucus is a battle of niches'' Dana Hale said. ''Turnout decides it.''"
        #expect(QuoteTestSupport.directSpeakers([paragraph]).first == "Dana Hale")
    }
}
