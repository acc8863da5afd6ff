import Testing
@testable import BylineExtraction

/// `Hale launched into a lament for the "forgotten families" who are "victims of the
/// recession"`: a quoted predicate of a relative clause on an attributed quotation continues
/// its speaker (session 8).
@Suite struct RelativePredicateRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func relativeClauseOnAnAttributedQuotation_continuesItsSpeaker() {
        let found = speakers(
            "Tom Waller launched into a lament for the \"forgotten families\" who are \"victims of the recession\" by lenders who are \"cruel, cruel people.\"")
        #expect(found == ["Tom Waller", "Tom Waller", "Tom Waller"])
    }

    @Test func thatWas_afterANamingVerb_continuesItsSpeaker() {
        #expect(speakers("Dana Pike called it a \"giveaway\" that was \"written by lobbyists\" in May.") == ["Dana Pike", "Dana Pike"])
    }

    @Test func earlierQuotationWithoutSpeaker_givesNone() {
        #expect(speakers("The \"forgotten families\" who are \"victims of the recession\" met in Ohio.") == [nil, nil])
    }

    @Test func verbOfSayingInTheGap_breaksTheLink() {
        let sentence = ["Dana Pike called it a \"giveaway\" and a critic said lenders who are \"cruel\" won."]
        #expect(QuoteTestSupport.speakerWords(RelativePredicateRule(), quote: 1, in: sentence) == nil)
    }

    @Test func scareQuoteWithoutRelativeClause_staysSpeakerless() {
        #expect(speakers("Dana Pike visited a military \"deconfliction\" hotline that was \"busy\" all day.") == [nil, nil])
    }
}
