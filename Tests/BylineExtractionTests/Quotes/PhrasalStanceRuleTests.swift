import Testing
@testable import BylineExtraction

/// `Hale took aim at "the billionaire class"`: the object of a phrasal verb of attack or
/// defence is the subject's words (session 8).
@Suite struct PhrasalStanceRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func phrasalVerbsOfAttack_areTheSubjects() {
        #expect(speakers("Dana Pike took aim at \"the billionaire class\" on Monday.") == ["Dana Pike"])
        #expect(speakers("Tom Waller lashed out at \"the political class\" in the capital.") == ["Tom Waller"])
        #expect(speakers("Dana Pike took another swipe at \"career politicians\" in Iowa.") == ["Dana Pike"])
    }

    @Test func doublingDownAndApologizing_areTheSubjects() {
        #expect(speakers("Tom Waller doubled down on his plan to build \"a great wall.\"") == ["Tom Waller"])
        #expect(speakers("Dana Pike apologized for her \"mistake\" on Friday.") == ["Dana Pike"])
    }

    @Test func participleAfterAComma_takesTheSentencesSubject() {
        #expect(speakers("Tom Waller spoke for an hour, poking fun at \"the failing press.\"") == ["Tom Waller"])
    }

    @Test func cueRecordsTheWholePhrase() {
        let found = QuoteTestSupport.direct(["Dana Pike took aim at \"the billionaire class\" on Monday."])
        #expect(found.first?.cue == "took aim at")
    }

    @Test func capitalizedQuotation_isATitleOrName() {
        #expect(speakers("Dana Pike took aim at \"Harbor Days\" in her review.") == [nil])
    }

    @Test func quotationModifyingANoun_isATerm() {
        #expect(speakers("Dana Pike took aim at the \"fast track\" bill in the Senate.") == [nil])
    }

    @Test func quotationAfterAPossessive_mayBeThePossessorsWords() {
        let sentence = ["Dana Pike took a shot at Tom Waller's \"low energy\" again."]
        #expect(QuoteTestSupport.speakerWords(PhrasalStanceRule(), quote: 0, in: sentence) == nil)
    }

    @Test func nounPhrase_isNoVerb() {
        #expect(speakers("The apology for the \"mistake\" came late on Friday.") == [nil])
    }
}
