import Testing
@testable import BylineExtraction

/// `said Ledger co-host Dana Hale`, `said Waller constituent Dana Hale`: the name after the
/// role is the speaker, not the outlet or person the role belongs to.
@Suite struct RoleBeforeNameTests {
    @Test func nameAfterCoHostOrConstituent_isTheSpeaker() {
        let mused = QuoteTestSupport.extract(["\"Imagine them on one stage,\" mused Ledger co-host Dana Hale."])
        #expect(mused.first?.speaker == "Dana Hale")
        let said = QuoteTestSupport.extract(["\"Anyone who refuses is wrong,\" said Waller constituent Dana Hale when asked."])
        #expect(said.first?.speaker == "Dana Hale")
    }
}
