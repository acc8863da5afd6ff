import Testing
@testable import BylineExtraction

/// `Tom Waller himself said ...`: an intensifying pronoun between the subject and its verb of
/// reporting is passed over like an adverb (session 11).
@Suite struct IntensifiedSubjectTests {
    @Test func himselfBeforeReportingVerb() {
        let paragraphs = ["The count ended late.", "Tom Waller himself said the count was \"rigged from the start\"."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }

    @Test func herselfBeforeClauseWithTimePhrase() {
        let paragraphs = ["The race tightened.", "Dana Pike herself acknowledged in a radio interview Monday night \"it will be very hard for us to win.\""]
        let person = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Dana Pike"])
    }

    @Test func descriptionBeforeItself_namesNobody() {
        let paragraphs = ["Dana Pike arrived late.", "The board itself called the count \"rigged from the start\"."]
        let person = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == [nil])
    }
}
