import Testing
@testable import BylineExtraction

/// `The Ledger's Dana Pike argued ..., saying "..."`: an owner written before the subject's
/// name (an outlet, an employer) is no part of the name (session 13).
@Suite struct PossessorBeforeNameTests {
    @Test func outletBeforeTheName_leavesTheName() {
        let found = QuoteTestSupport.direct([
            "The Ledger\u{2019}s Dana Pike made the case for a toll, saying it is needed to \u{201C}keep the bridge standing.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Dana Pike"])
    }

    @Test func withoutTheOwner_sameSpeaker() {
        let found = QuoteTestSupport.direct([
            "Dana Pike made the case for a toll, saying it is needed to \u{201C}keep the bridge standing.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Dana Pike"])
    }
}
