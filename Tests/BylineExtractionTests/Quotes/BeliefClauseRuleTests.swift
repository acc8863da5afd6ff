import Testing
@testable import BylineExtraction

/// `Tom Waller believes the policy is "unfair"`: a quotation in the clause of a verb of belief
/// is its named subject's wording (session 9).
@Suite struct BeliefClauseRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func namedBeliever_isTheSpeaker() {
        #expect(speakers(["Tom Waller believes the new parking policy is \"unfair\" to shop owners."]) == ["Tom Waller"])
        #expect(speakers(["Dana Pike thinks that the levy should be a \"litmus test\" for the council."]) == ["Dana Pike"])
        #expect(speakers(["Dana Pike fears the cuts will be \"devastating\" for the harbor district."]) == ["Dana Pike"])
    }

    @Test func pronounBeliever_resolvesToThePerson() {
        let paragraphs = ["Tom Waller spent the morning at the depot.", "He feels the budget is \"on the right track\" this year."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }

    @Test func cueRecordsTheVerb() {
        #expect(QuoteTestSupport.direct(["Tom Waller believes the policy is \"unfair\" to shop owners."]).first?.cue == "believes")
    }

    @Test func passiveOrVagueBeliever_namesNobody() {
        #expect(speakers(["It is thought the closure will be \"temporary\" at most."]) == [nil])
        #expect(speakers(["Many believe the levy is \"a tax on work\" in disguise."]) == [nil])
    }

    @Test func otherClauseOrVerbBetween_namesNobody() {
        // `but` opens a clause of its own: the word is the writer's.
        #expect(speakers(["Dana Pike thinks the plan is sound, but the \"reform\" has stalled anyway."]) == [nil])
        // `feels free to`: no clause of belief follows (the whole sieve now gives Pike by
        // `ClauseSubjectPartialRule`, the subject of the quotation's own clause, session 13).
        let free = ["Dana Pike feels free to \"vote her conscience\" in the fall."]
        #expect(QuoteTestSupport.speakerWords(BeliefClauseRule(), quote: 0, in: free) == nil)
    }

    @Test func capitalizedTitle_isLeftAlone() {
        let sentence = ["Tom Waller thinks \"The Harbor Hour\" was the best show of the year."]
        #expect(QuoteTestSupport.speakerWords(BeliefClauseRule(), quote: 0, in: sentence) == nil)
    }

    @Test func factiveVerb_isNoBelief() {
        let sentence = ["Tom Waller heard the mayor talk of \"immorality\" in the city."]
        #expect(QuoteTestSupport.speakerWords(BeliefClauseRule(), quote: 0, in: sentence) == nil)
    }
}
