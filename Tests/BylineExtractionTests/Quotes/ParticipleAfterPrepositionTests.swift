import Testing
@testable import BylineExtraction

/// `Pike joined Waller in calling the levy "..."`, `has made a habit of calling`: a participle
/// of saying after `in` or `of` within its clause has the clause's subject, as one after `by`
/// or `for` does (session 11).
@Suite struct ParticipleAfterPrepositionTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        let waller = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [pike, waller])
    }

    @Test func inCalling_takesTheClauseSubject() {
        #expect(speakers("Dana Pike joined Tom Waller in calling the levy \"a slow disaster\".") == ["Dana Pike"])
    }

    @Test func ofCalling_takesTheClauseSubject() {
        #expect(speakers("Tom Waller has made a habit of calling the levy \"a slow disaster\".") == ["Tom Waller"])
    }

    @Test func ofAsking_takesTheNearestClauseSubject_notTheSentences() {
        let paragraphs = [
            "Tom Waller debated on Monday.",
            "The night left Dana Pike at center stage, and he accused the moderators of asking too many \"loaded questions\".",
        ]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        let waller = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [pike, waller]) == ["Tom Waller"])
    }

    @Test func descriptiveSubject_namesNobody() {
        #expect(speakers("Several critics joined Tom Waller's aides in calling the levy \"a slow disaster\".") == [nil])
    }
}
