import Testing
@testable import BylineExtraction

/// `Pike's most explosive claim is that ...`, `Waller's position has been that ...`, `Pike's
/// defense is that ...`: the possessor owns the claimed clause (session 11, `CopularClaimRule`
/// and `author(ofMessage:)`).
@Suite struct PossessedClaimModifierTests {
    private func speakers(_ sentence: String) -> [String?] {
        let paragraphs = ["The harbor board met on Monday.", sentence]
        let pike = QuoteTestSupport.person("Dana Pike", gender: .female, in: paragraphs)
        let waller = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        return QuoteTestSupport.directSpeakers(paragraphs, entities: [pike, waller])
    }

    @Test func superlativeBetweenPossessorAndNoun() {
        #expect(speakers("Dana Pike's most explosive claim is that the board is \"a closed shop\".") == ["Dana Pike"])
    }

    @Test func perfectCopula() {
        #expect(speakers("Tom Waller's position has been that the levy is \"unfair to renters\".") == ["Tom Waller"])
    }

    @Test func defenseNoun() {
        #expect(speakers("Dana Pike's defense is that the board had been \"misled for years\".") == ["Dana Pike"])
    }

    @Test func unownedSuperlativeClaim_namesNobody() {
        #expect(speakers("The most explosive claim is that the board is \"a closed shop\".") == [nil])
    }
}
