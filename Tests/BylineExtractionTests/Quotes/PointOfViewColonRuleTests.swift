import Testing
@testable import BylineExtraction

/// `For Hale, the answer is simple: "..."`: a point of view opening the sentence gives the
/// words after its colon (session 8).
@Suite struct PointOfViewColonRuleTests {
    private func ruleSpeaker(_ sentence: String) -> String? {
        QuoteTestSupport.speakerWords(PointOfViewColonRule(), quote: 0, in: [sentence])
    }

    @Test func forPersonThenColon_givesThatPersonsWords() {
        #expect(QuoteTestSupport.directSpeakers(["For Tom Waller, the answer is simple: \"We build more homes.\""]) == ["Tom Waller"])
        #expect(ruleSpeaker("To Dana Pike, it is personal: \"My father worked that line.\"") == "Dana Pike")
    }

    @Test func anotherNameInTheClause_givesNobody() {
        #expect(ruleSpeaker("For Tom Waller, the problem is Dana Pike: \"She never listens.\"") == nil)
    }

    @Test func pointOfViewThatNamesNobody_givesNobody() {
        #expect(ruleSpeaker("For the campaign, the message is clear: \"Vote early.\"") == nil)
    }

    @Test func verbOfSayingInTheClause_isAnotherStatement() {
        #expect(ruleSpeaker("For Tom Waller, critics said this: \"He is done.\"") == nil)
    }
}
