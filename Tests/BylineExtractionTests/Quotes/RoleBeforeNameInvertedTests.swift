import Testing
@testable import BylineExtraction

/// `"...," said the board's director, Paul Grant.`: an inverted speaker that is a role set
/// off by a comma from a name is that person; the name must close the clause (session 10).
@Suite struct RoleBeforeNameInvertedTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func roleThenNameAfterTheVerb_namesThePerson() {
        #expect(speakers("The share of local boats \"barely moved at all\", said its chief executive, Sir Paul Grant.") == ["Paul Grant"])
        #expect(speakers("\"We will rebuild the pier,\" said the board's director, Paul Grant, in a statement.") == ["Paul Grant"])
    }

    @Test func roleWithoutAName_keepsNoName() {
        #expect(speakers("\"We will rebuild the pier,\" said the board's director, on Monday.") == [nil])
    }

    @Test func nameThatOwnsSomethingElse_isNotTheRolesName() {
        #expect(speakers("\"We will rebuild the pier,\" said a spokesman, Dana Pike's aide.") == [nil])
    }
}
