import Testing

@testable import BylineExtraction

/// A word capitalised only because it opens the sentence is no new speaker
/// (`NameResolver+OpeningWord`): closed-class words (`Likewise`) and sentence-opening `-ly`
/// adverbs (`Publicly`).
@Suite struct OpeningWordSpeakerTests {
    @Test func likewiseBeforeTheSubject_namesNobody() {
        let result = QuoteTestSupport.extractWithEntities([
            "Likewise, the council went after the mayor and called the plan \"a waste of money.\""
        ])
        #expect(!result.entities.contains { $0.name == "Likewise" })
    }

    @Test func openingLyAdverb_namesNobody() {
        let result = QuoteTestSupport.extractWithEntities([
            "Publicly, the nominee feuds with his party and dismisses the \"standard approaches\" of his predecessors."
        ])
        #expect(!result.entities.contains { $0.name == "Publicly" })
        #expect(!result.quotes.contains { $0.speaker == "Publicly" })
    }

    @Test func surnameInLy_theRecognizerKeeps_stillSpeaks() {
        // The recognizer keeps `Connolly` (no comma or participle after it), so the speaker
        // is found among its entities before the opening-word check is asked.
        let paragraphs = ["Connolly said the plan was \"dead on arrival.\""]
        let entities = EntityRecognizer().recognize(ArticleText(paragraphs: paragraphs))
        let found = QuoteTestSupport.direct(paragraphs, entities: entities)
        #expect(found.first?.speaker == "Connolly")
    }

}
