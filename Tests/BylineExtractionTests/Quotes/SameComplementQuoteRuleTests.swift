import Testing
@testable import BylineExtraction

/// `Hale's claim is that the board is a "closed shop" run to "protect" its members`: a
/// fragment later in the reported clause shares the speaker of the quotation whose cue
/// stands before both (session 10).
@Suite struct SameComplementQuoteRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func laterFragmentInTheClaim_sharesTheSpeaker() {
        let sentence = "Dana Pike's main claim is that the harbor board is a \"closed shop\" run to \"protect\" its members."
        #expect(speakers(sentence) == ["Dana Pike", "Dana Pike"])
    }

    @Test func namingVerbThenLaterFragment_sharesTheSpeaker() {
        #expect(speakers("Dana Pike called the plan \"a disaster\" that would \"ruin\" the town.") == ["Dana Pike", "Dana Pike"])
    }

    @Test func anotherVerbOfSayingBetween_breaksTheClause() {
        let sentence = "Dana Pike called the plan \"a disaster\" but Tom Reed, who said it was \"fine\", left."
        #expect(speakers(sentence).first == "Dana Pike")
        #expect(QuoteTestSupport.direct([sentence]).count == 2)
    }

    @Test func semicolonBetween_breaksTheClause() {
        #expect(speakers("Dana Pike called the plan \"a disaster\"; the \"harbor\" rules stay.") == ["Dana Pike", nil])
    }

    @Test func fragmentInTheNextSentence_isLeftAlone() {
        #expect(speakers("Dana Pike called the plan \"a disaster.\" The \"harbor\" rules stay.") == ["Dana Pike", nil])
    }
}
