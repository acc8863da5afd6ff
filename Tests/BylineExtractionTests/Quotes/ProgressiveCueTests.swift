import Testing
@testable import BylineExtraction

/// `Pike has been saying that ...`, `Waller is now claiming ...`, `kept insisting`: a verb of
/// reporting in a progressive form (an auxiliary, then adverbs, then the `-ing` form) is its
/// clause's verb; its subject stands before the auxiliary (session 11). A passive (`has been
/// called`) still names nobody.
@Suite struct ProgressiveCueTests {
    private func speakers(_ sentence: String, _ name: String, _ gender: RecognizedEntity.Gender) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let person = QuoteTestSupport.person(name, gender: gender, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [person])
    }

    @Test func perfectProgressive_reportedClause() {
        let sentence = "Dana Pike has been saying for months that the harbor plan is \"a slow disaster\"."
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike"])
    }

    @Test func adverbBetweenAuxiliaryAndParticiple() {
        let sentence = "Tom Waller is now claiming that the count was \"rigged from the start\"."
        #expect(speakers(sentence, "Tom Waller", .male) == ["Tom Waller"])
    }

    @Test func keptInsisting() {
        let sentence = "Dana Pike kept insisting the levy was \"perfectly sound\" and \"fair to everyone\"."
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike", "Dana Pike"])
    }

    @Test func namingVerbInPerfectProgressive() {
        let sentence = "Tom Waller has been calling the levy \"a scam on the poor\" since spring."
        #expect(speakers(sentence, "Tom Waller", .male) == ["Tom Waller"])
    }

    @Test func fullQuotationAfterPerfectProgressive() {
        let sentence = "Dana Pike had been telling voters, \"We will win this district.\""
        #expect(speakers(sentence, "Dana Pike", .female) == ["Dana Pike"])
    }

    @Test func passiveWithBeen_namesNobody() {
        let sentence = "Tom Waller has been called \"a liar\" by his rivals."
        #expect(speakers(sentence, "Tom Waller", .male) == [nil])
    }

    @Test func participleAfterComma_keepsItsOwnReading() {
        let reader = SpeakerPhraseReader(context: QuoteTestSupport.context(["Hale left, saying it was \"over\"."]))
        // Token 3 is `saying`, after a comma: a participle clause, not a progressive.
        #expect(!reader.isProgressive(3))
    }
}
