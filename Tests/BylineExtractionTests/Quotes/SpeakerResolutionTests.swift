import Testing
@testable import BylineExtraction

@Suite struct SpeakerResolutionTests {
    @Test func titledSpeaker_resolvesToTheEntityWithThatTitle() {
        let paragraphs = [
            "Secretary of State Rex Tillerson arrived in the capital on Monday.",
            "\"We are hopeful,\" the secretary of state said.",
        ]
        let rex = QuoteTestSupport.person("Rex Tillerson", aliases: ["Tillerson"], in: paragraphs)
        let found = QuoteTestSupport.extract(paragraphs, entities: [rex])
        #expect(found.first?.speaker == "Rex Tillerson")
        #expect(found.first?.speakerText == "the secretary of state")
    }

    @Test func pronoun_resolvesToMostRecentCompatiblePerson() {
        let paragraphs = ["Anna Berg met Tom Hale on Monday.", "\"It went well,\" she said."]
        let anna = QuoteTestSupport.person("Anna Berg", gender: .female, in: paragraphs)
        let tom = QuoteTestSupport.person("Tom Hale", gender: .male, in: paragraphs)
        let found = QuoteTestSupport.extract(paragraphs, entities: [anna, tom])
        #expect(found.first?.speaker == "Anna Berg")
        #expect(found.first?.speakerText == "she")
    }

    @Test func missingSpeaker_isAppendedAsAnEntity() {
        let result = QuoteTestSupport.extractWithEntities(["\"Prices will rise,\" said Olga Brunner, an economist."])
        #expect(result.quotes.first?.speaker == "Olga Brunner")
        #expect(result.entities.map(\.name) == ["Olga Brunner"])
        #expect(result.entities.first?.type == .person)
    }

    @Test func nameStandingNearAQuote_isNeverGuessedAsItsSpeaker() {
        let found = QuoteTestSupport.extract(["Omar Haddad visited the \"deconfliction\" hotline office on Friday."])
        #expect(found.first?.speaker == nil)
        #expect(found.first?.cue == nil)
    }

    @Test func descriptiveSpeaker_keepsItsWordsWithoutAnEntity() {
        let found = QuoteTestSupport.extract(["\"The plan is dead,\" officials said."])
        #expect(found.first?.speaker == nil)
        #expect(found.first?.speakerText == "officials")
        #expect(found.first?.cue == "said")
    }
}
