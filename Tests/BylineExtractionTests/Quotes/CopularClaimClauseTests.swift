import Testing
@testable import BylineExtraction

/// `Her message was that "the pier will fail."`, `His assumption, stated on live radio, was
/// that ...`: the copular claim reaches a quotation that is the whole clause and steps over a
/// short aside before the copula (session 10).
@Suite struct CopularClaimClauseTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func quotationThatIsTheWholeClause_isTheOwners() {
        #expect(speakers(["Dana Pike's message was that \"the pier will fail.\""]) == ["Dana Pike"])
    }

    @Test func asideBeforeTheCopula_isSteppedOver() {
        #expect(speakers(["Dana Pike's assumption, stated on live radio, was that the pier \"will fail.\""]) == ["Dana Pike"])
    }

    @Test func ownerlessNoun_namesNobody() {
        #expect(speakers(["The message, stated on live radio, was that \"the pier will fail.\""]) == [nil])
    }
}
