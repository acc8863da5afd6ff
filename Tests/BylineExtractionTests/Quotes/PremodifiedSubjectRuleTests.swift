import Testing
@testable import BylineExtraction

/// `Band member Flea shared the news, writing "..."`: a participle after a comma speaks for a
/// subject whose name follows a possessor or a role (session 9).
@Suite struct PremodifiedSubjectRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func possessorBeforeTheName_isPassedOver() {
        #expect(
            speakers("Norway's Prime Minister Dana Pike also offered her congratulations, adding that the merger was a \"sensible step\".")
                == ["Dana Pike"])
    }

    @Test func roleBeforeTheName_isPassedOver() {
        #expect(speakers("Band member Tom Waller shared the news on Monday, writing \"what a night it was\" online.") == ["Tom Waller"])
    }

    @Test func cueRecordsTheParticiple() {
        let found = QuoteTestSupport.direct(["Band member Tom Waller shared the news on Monday, writing \"what a night it was\" online."])
        #expect(found.first?.cue == "writing")
    }

    @Test func verbBeforeAnotherName_isNoPremodifier() {
        let sentence = ["Tom Waller met Dana Pike on Monday, saying the talks were \"a start\"."]
        #expect(QuoteTestSupport.speakerWords(PremodifiedSubjectRule(), quote: 0, in: sentence) == nil)
    }

    @Test func openingPhrase_isNoPremodifier() {
        let sentence = ["After the meeting with Dana Pike, the crowd left, chanting \"four more years\" in the street."]
        #expect(QuoteTestSupport.speakerWords(PremodifiedSubjectRule(), quote: 0, in: sentence) == nil)
        let critics = ["Critics of Dana Pike rallied on Monday, saying the plan was \"a giveaway\"."]
        #expect(QuoteTestSupport.speakerWords(PremodifiedSubjectRule(), quote: 0, in: critics) == nil)
    }
}
