import Testing
@testable import BylineExtraction

/// `Tom Waller stood by his comment that "..."`: the possessive pronoun right after its
/// clause's verb is the clause subject's, not the last person quoted (session 13).
@Suite struct OwnSubjectPossessiveTests {
    @Test func possessorIsTheClauseSubject() {
        let paragraphs = [
            "\"We are done,\" Dana Pike said on Friday.",
            "As the debate went on and Tom Waller stood by his comment Monday that \"the harbor is lost,\" the crowd left.",
        ]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .male, in: paragraphs)
        let waller = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [pike, waller]) == ["Dana Pike", "Tom Waller"])
    }

    @Test func givenNameOfTheOtherGender_keepsThePronoun() {
        let context = QuoteTestSupport.context(["Mary Hale repeated his claim that \"the harbor is lost.\""])
        let reader = SpeakerPhraseReader(context: context)
        // `claim` is token 4; `his` (token 3) does not point back to Mary Hale.
        #expect(reader.author(ofMessage: 4, from: 0)?.kind == .pronoun(.male))
    }
}
