import Testing
@testable import BylineExtraction

/// `Pike fired back that the "people of this city voted for me twice"`: a partial quotation in
/// the `that` clause of a named subject's own verb is the subject's words (session 14).
@Suite struct ContentClauseSubjectRuleTests {
    private func rule(_ sentence: String, quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(ContentClauseSubjectRule(), quote: quote, in: [sentence])
    }

    @Test func thatClauseOfTheSubjectsVerb_givesTheSubject() {
        #expect(rule("Dana Pike fired back that the \"people of this city voted for me twice\" for the council.") == "Dana Pike")
        #expect(rule("In 2014, Dana Pike found that \"twice as many riders wanted lower fares than new roads.\"") == "Dana Pike")
    }

    @Test func earlierQuotationInsideTheClause_isAllowed() {
        let sentence = "Tom Waller then ruled that Pike's claim about \"hundreds of fines\" in the city was \"true,\" but he added a caveat."
        #expect(rule(sentence, quote: 1) == "Tom Waller")
    }

    @Test func perceivingVerb_reportsSomeoneElse() {
        #expect(rule("Dana Pike learned that the plan was \"a total mess\" after all.") == nil)
    }

    @Test func reportInsideTheClause_quotesItsSpeaker() {
        #expect(rule("Dana Pike found that Tom Waller said the plan was \"a total mess\" after all.") == nil)
    }

    @Test func thatAfterANoun_isNoContentOfTheVerb() {
        #expect(rule("Dana Pike cited a report that the plan was \"a total mess\" after all.") == nil)
    }

    @Test func titleOrScareQuote_keepsNoSpeaker() {
        #expect(rule("Dana Pike found that \"Harbor Days\" was the best show of the year.") == nil)
        #expect(rule("Dana Pike found that the joint \"early-warning\" line was never used.") == nil)
    }

    @Test func inTheSieve_theSubjectIsTheSpeaker() {
        #expect(QuoteTestSupport.directSpeakers(["Dana Pike fired back that the \"people of this city voted for me twice\" for the council."]) == ["Dana Pike"])
    }
}
