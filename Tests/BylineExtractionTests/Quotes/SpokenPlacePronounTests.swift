import Testing
@testable import BylineExtraction

/// `Russia said ...` makes Russia a speaker, but `he said` a sentence later never stands for
/// it: a gendered pronoun stands for a person. A place the recognizer typed wrongly that has
/// spoken (`Warren said`, `Jeb Bush said`) still counts as one.
@Suite struct SpokenPlacePronounTests {
    @Test func listedPlaceThatSpoke_isNoAntecedentOfHe() {
        let paragraphs = [
            "Dana Pike flew to the capital on Monday.",
            "\"We will stay,\" Russia said.",
            "\"I used to doubt it,\" he said.",
        ]
        var russia = QuoteTestSupport.person("Russia", in: paragraphs)
        russia.type = .location
        let pike = QuoteTestSupport.person("Dana Pike", in: paragraphs)
        let found = QuoteTestSupport.direct(paragraphs, entities: [russia, pike]).map(\.speaker)
        #expect(found == ["Russia", "Dana Pike"])
    }

    @Test func noPersonBefore_leavesHeUnresolved() {
        let paragraphs = ["\"We will stay,\" Russia said.", "\"I used to doubt it,\" he said."]
        var russia = QuoteTestSupport.person("Russia", in: paragraphs)
        russia.type = .location
        let found = QuoteTestSupport.direct(paragraphs, entities: [russia]).map(\.speaker)
        #expect(found == ["Russia", nil])
    }

    @Test func mistypedPersonThatSpoke_stillIsOne() {
        let paragraphs = ["\"This is wrong,\" Jeb Bush said. \"You lost the vote\" in the spring, he said."]
        var place = QuoteTestSupport.person("Jeb Bush", in: paragraphs)
        place.type = .location
        let found = QuoteTestSupport.direct(paragraphs, entities: [place]).map(\.speaker)
        #expect(found == ["Jeb Bush", "Jeb Bush"])
    }

    @Test func listedPlaces_andGivenNames() {
        #expect(PronounResolver.isListedPlace("Russia"))
        #expect(PronounResolver.isListedPlace("Vermont"))
        #expect(!PronounResolver.isListedPlace("Jeb Bush"))
        #expect(!PronounResolver.isListedPlace("Dana Pike"))
    }
}
