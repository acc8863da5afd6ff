import Testing
@testable import BylineExtraction

/// `X's "..." slogan`, `X's call to "..."`: the words belong to the possessor.
@Suite struct PossessedPhraseRuleTests {
    private func speaker(_ sentence: String, quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(PossessedPhraseRule(), quote: quote, in: [sentence])
    }

    @Test func quotationLabellingAPossessedNoun_isThePossessors() {
        #expect(speaker("Voters cheered Tom Waller's \"Harbor First\" slogan at every stop.") == "Tom Waller")
        #expect(speaker("It was the pull of Carla Mendes's \"no new taxes, ever\" promise that won.") == "Carla Mendes")
    }

    @Test func possessivePronounOwner_isThePronoun() {
        #expect(speaker("Tom Waller repeated his \"Harbor First\" pitch on Monday.") == "his")
    }

    @Test func singleLowerCaseWord_isAnAdjectiveNotALabel() {
        #expect(speaker("Critics mocked Tom Waller's \"bold\" plan.") == nil)
    }

    @Test func complementOfASayingNoun_isThePossessors() {
        #expect(speaker("Carla Mendes's call earlier in the day to \"rebuild the harbor\" drew cheers.") == "Carla Mendes")
        #expect(speaker("It was Tom Waller's eloquent rejection of \"a politics of fear\" that won the room.") == "Tom Waller")
        #expect(speaker("Carla Mendes's broadside against \"endless borrowing\" surprised her allies.") == "Carla Mendes")
    }

    @Test func infinitiveComplement_isThePossessors() {
        #expect(speaker("Critics doubt Tom Waller's pledge to be \"neutral\" in the talks.") == "Tom Waller")
    }

    @Test func quotationAsTheNounsPredicate_isSomeoneElsesWords() {
        #expect(speaker("Tom Waller called Carla Mendes's remarks on Saturday \"a wake-up call.\"") == nil)
        #expect(speaker("Tom Waller said Carla Mendes's comments \"show bias.\"") == nil)
    }

    @Test func determinerOwnsNothing() {
        #expect(speaker("Tom Waller rejected the call to \"rebuild the harbor\" on Monday.") == nil)
    }

    @Test func possessedPhrase_winsOverTheReporterOfTheSentence() {
        let found = QuoteTestSupport.extract([
            "Tom Waller said that Carla Mendes's call to \"rebuild the harbor\" was a mistake."
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Carla Mendes")
    }
}
