import Testing

@testable import BylineExtraction

/// The sieve's decisions as an array by quotation index (a dictionary keyed by the index
/// hashed every decision and look-up): one entry per quotation, nil where no rule decided,
/// and the same decisions the rules make one by one.
@Suite struct SieveDecisionTableTests {
    @Test func oneEntryPerQuotation_withTheRulesDecisions() {
        let context = QuoteTestSupport.context([
            "\"We will win the vote,\" Tom Waller said. \"The count is close.\"",
            "The sign read \"closed\" all week.",
        ])
        let decided = AttributionSieve().attribute(context)
        #expect(decided.count == context.quotes.count)
        #expect(decided.count == 3)
        #expect(decided[0]?.cue != nil)
        #expect(decided[0]?.rule == "adjacent cue")
        #expect(decided[1]?.continues == 0)
        #expect(decided[1]?.rule == "continuation")
        #expect(decided[2] == nil)
    }

    @Test func noQuotations_noEntries() {
        let context = QuoteTestSupport.context(["Tom Waller said the count was close."])
        #expect(AttributionSieve().attribute(context).isEmpty)
    }
}
