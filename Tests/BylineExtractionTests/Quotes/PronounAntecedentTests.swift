import Testing

@testable import BylineExtraction

/// Pronoun speakers: the speaking subject of their own sentence, a person of the pronoun's
/// known gender, and no entity made of a contraction.
@Suite struct PronounAntecedentTests {
    @Test func pronounAfterItsSentencesSpeakingSubject_isThatSubject_evenWithoutAMention() {
        // `Cross` has no mention of its own (a surname that is also a common word); the
        // entity is known by its full name from the first paragraph.
        let paragraphs = [
            "Richard Cross worked for the governor for a decade.",
            "With a vote for Lee ruled out, Cross said he is left with two options: vote for Hale, whom he called \"the steadiest hand in the race,\" or stay home.",
        ]
        let cross = QuoteTestSupport.person("Richard Cross", gender: .male, in: paragraphs)
        let lee = QuoteTestSupport.person("Tom Lee", aliases: ["Lee"], gender: .male, in: paragraphs)
        let found = QuoteTestSupport.extract(paragraphs, entities: [cross, lee])
        let quote = found.first { $0.text.hasPrefix("the steadiest") }
        #expect(quote?.speaker == "Richard Cross")
        #expect(quote?.speakerText == "he")
    }

    @Test func speakingSubjectOfTheOtherGender_isNotThePronouns() {
        let paragraphs = [
            "Ruth Cross worked for the governor for a decade. Tom Lee ran against her.",
            "With a vote for Lee ruled out, Cross said she is left with two options: vote for Hale, whom he called \"the steadiest hand in the race,\" or stay home.",
        ]
        let cross = QuoteTestSupport.person("Ruth Cross", gender: .female, in: paragraphs)
        let lee = QuoteTestSupport.person("Tom Lee", gender: .male, in: paragraphs)
        let found = QuoteTestSupport.extract(paragraphs, entities: [cross, lee])
        let quote = found.first { $0.text.hasPrefix("the steadiest") }
        #expect(quote?.speakerText == "he")
        #expect(quote?.speaker == "Tom Lee")
    }

    @Test func personOfTheKnownGender_isPreferredToOneOfUnknownGender() {
        // The recognizer took the book's title for a person; nothing gives it a gender.
        let paragraphs = [
            "In her memoir, Harbor Days, Anna Berg recalled the storm.",
            "\"It was the worst night of my life,\" she said.",
        ]
        let book = QuoteTestSupport.person("Harbor Days", in: paragraphs)
        let anna = QuoteTestSupport.person("Anna Berg", gender: .female, in: paragraphs)
        let found = QuoteTestSupport.extract(paragraphs, entities: [book, anna])
        #expect(found.first?.speaker == "Anna Berg")
        // A sentence whose subject names nobody (`They`): its earliest name was taken.
        let variant = ["They sailed Harbor Days with Anna Berg in 2003.", "\"It was the worst night of my life,\" she said."]
        let again = QuoteTestSupport.extract(variant, entities: [
            QuoteTestSupport.person("Harbor Days", in: variant),
            QuoteTestSupport.person("Anna Berg", gender: .female, in: variant),
        ])
        #expect(again.first?.speaker == "Anna Berg")
    }

    @Test func contraction_isNeverMadeASpeaker() {
        #expect(NameResolver.isContraction("I'm"))
        #expect(NameResolver.isContraction("Don’t"))
        #expect(!NameResolver.isContraction("O'Rourke"))
        #expect(!NameResolver.isContraction("D'Amato"))
        let result = QuoteTestSupport.extractWithEntities([
            "I'm old enough to remember the mayor on TV, and I'm declaring \"a war on potholes\" myself."
        ])
        #expect(!result.entities.contains { $0.name == "I'm" })
    }
}
