import Testing
@testable import BylineExtraction

/// `Pike reacted skeptically to the deal, "[I am] concerned about ..."`: an editor's bracket
/// opening a quotation of whole sentences does not hide its capital (session 10).
@Suite struct BracketOpeningQuoteTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func bracketedOpening_stillIntroducedByTheClause() {
        let sentence = "Marla Voss, the city's planning chief, reacted skeptically to the deal, "
            + "\"[I am] worried about any plan that moves every boat from one dock to another.\""
        #expect(speakers(sentence) == ["Marla Voss"])
    }

    @Test func bracketedLowerCaseOpening_isNoWholeSentence() {
        let context = QuoteTestSupport.context(["Voss reacted to the deal, \"[it is] a plan that moves every boat away.\""])
        #expect(!MannerPredicateRule.opensWithCapital(context.quotes[0], context))
    }
}
