import Testing
@testable import BylineExtraction

/// `..., the Republican nominee Dana Pike said.`, `..., as the host Steve Doocy said in
/// April`: a trailing cue whose name follows an article and a role (session 11).
@Suite struct TrailingRoleNameCueTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [pike])
    }

    @Test func articleRoleName() {
        #expect(speakers("They held a \"productive\" meeting, the Republican nominee Dana Pike said.") == ["Dana Pike"])
    }

    @Test func asArticleRoleName() {
        #expect(speakers("The warnings came from \"people aligned with the left,\" as the host Dana Pike said in April.") == ["Dana Pike"])
    }

    @Test func articleRoleWithoutName_namesNobody() {
        #expect(speakers("They held a \"productive\" meeting, the Fox host said.") == [nil])
    }

    @Test func clauseBeforeTheName_namesNobody() {
        #expect(speakers("They held a \"productive\" meeting, the aide who met Dana Pike said.") == [nil])
    }
}
