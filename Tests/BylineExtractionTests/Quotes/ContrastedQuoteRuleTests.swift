import Testing
@testable import BylineExtraction

/// `"I love the city," Tom Waller said, but "the budget is a mess."`: `but` right after a
/// quotation's cue goes on in the same speaker's words (session 9).
@Suite struct ContrastedQuoteRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func butAfterTheCue_keepsTheSpeaker() {
        #expect(speakers(["\"I love the city,\" Tom Waller said, but \"the budget is a mess.\""]) == ["Tom Waller", "Tom Waller"])
        #expect(speakers(["\"I love the city,\" said Dana Pike, but \"the budget is a mess.\""]) == ["Dana Pike", "Dana Pike"])
    }

    @Test func pronounCue_keepsTheResolvedSpeaker() {
        let paragraphs = ["Tom Waller spoke on Monday.", "\"I love the city,\" he said, but \"the budget is a mess.\""]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller", "Tom Waller"])
    }

    @Test func butAfterTheWritersClause_namesNobodyByThisRule() {
        let sentence = ["\"I love the city,\" Tom Waller said on a visit to the depot that was cut short, but \"the budget\" stayed off the agenda."]
        #expect(QuoteTestSupport.speakerWords(ContrastedQuoteRule(), quote: 1, in: sentence) == nil)
    }

    @Test func earlierQuotationWithoutCue_givesNothing() {
        let sentence = ["The \"reform\" passed in May, but \"the budget\" stayed off the agenda."]
        #expect(QuoteTestSupport.speakerWords(ContrastedQuoteRule(), quote: 1, in: sentence) == nil)
    }
}
