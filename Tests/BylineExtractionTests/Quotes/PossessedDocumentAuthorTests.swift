import Testing
@testable import BylineExtraction

/// `Dana Pike's statement called the plan "a disaster"`: a possessed document speaks for its
/// possessor, as `the IMF report stated` does for the name before the noun (session 11).
@Suite struct PossessedDocumentAuthorTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [pike])
    }

    @Test func possessedStatement() {
        #expect(speakers("Dana Pike's statement called the levy \"a slow disaster\".") == ["Dana Pike"])
    }

    @Test func possessedCampaign_isNoDocument() {
        #expect(speakers("Dana Pike's campaign called the levy \"a slow disaster\".") == [nil])
    }
}
