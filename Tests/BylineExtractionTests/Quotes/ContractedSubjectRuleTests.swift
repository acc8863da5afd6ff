import Testing
@testable import BylineExtraction

/// `He's claiming that the vote was "rigged"`: `he's` before a verb of reporting is its
/// subject (session 9).
@Suite struct ContractedSubjectRuleTests {
    @Test func contractedIs_beforeParticiple() {
        let paragraphs = ["Tom Waller lost the primary in May.", "He's claiming that the count was \"rigged from the start\"."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }

    @Test func contractedHas_beforePastForm() {
        let paragraphs = ["Dana Pike runs the port authority.", "She's said the harbor plan is \"unworkable\" as drafted."]
        let person = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Dana Pike"])
    }

    @Test func possessiveNoun_isNoSubject() {
        let sentence = ["Tom Waller's statement said the count was \"rigged from the start\"."]
        #expect(QuoteTestSupport.speakerWords(ContractedSubjectRule(), quote: 0, in: sentence) == nil)
    }

    @Test func laterClause_namesNobodyByThisRule() {
        let sentence = ["He's said the count was fine, but the \"audit\" is still pending."]
        #expect(QuoteTestSupport.speakerWords(ContractedSubjectRule(), quote: 0, in: sentence) == nil)
    }
}
