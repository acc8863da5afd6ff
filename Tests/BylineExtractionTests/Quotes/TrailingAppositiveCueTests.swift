import Testing
@testable import BylineExtraction

/// `They held a "productive" meeting, Dana Pike, the host, said.`: a trailing cue whose name
/// carries an apposition between commas (session 11).
@Suite struct TrailingAppositiveCueTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [pike])
    }

    @Test func nameThenApposition() {
        #expect(speakers("They held a \"productive\" meeting, Dana Pike, the host, said.") == ["Dana Pike"])
    }

    @Test func nameThenRelativeClause() {
        #expect(speakers("The levy would \"devastate\" the harbor, Dana Pike, who chairs the board, said Tuesday.") == ["Dana Pike"])
    }

    @Test func placeBeforeDescriptiveCue_namesNobody() {
        #expect(speakers("They held a \"productive\" meeting in Dayton, Ohio, officials said.") == [nil])
    }

    @Test func verbAfterTheNameInsideTheApposition_namesNobody() {
        #expect(speakers("They held a \"productive\" meeting, Dana Pike, who said little, left early.") == [nil])
    }
}
