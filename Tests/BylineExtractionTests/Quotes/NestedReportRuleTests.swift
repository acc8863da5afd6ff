import Testing
@testable import BylineExtraction

/// An outlet that reports a quotation's clause (`..., CNN reported.`) is its speaker; a quotation's
/// own cue beside it (`"...," X said, according to CNN`) keeps its speaker.
@Suite struct NestedReportRuleTests {
    @Test func accordingToOutletAfterInnerCue_keepsTheInnerSpeaker() {
        // The seed's rule: `"...," Lavrov said, according to Tass` is Lavrov's.
        let paragraphs = ["\"Please do not protest on the floor,\" Tom Waller said, according to CNN."]
        #expect(QuoteTestSupport.speakerWords(NestedReportRule(), quote: 0, in: paragraphs) == nil)
        #expect(QuoteTestSupport.extract(paragraphs).first { $0.kind != .indirect }?.speaker == "Tom Waller")
    }

    @Test func outletReportedAfterTheQuotesOwnCue_keepsTheInnerSpeaker() {
        let paragraphs = ["\"Please do not protest on the floor,\" Tom Waller said, the Daily Ledger reported."]
        #expect(QuoteTestSupport.speakerWords(NestedReportRule(), quote: 0, in: paragraphs) == nil)
        #expect(QuoteTestSupport.extract(paragraphs).first { $0.kind != .indirect }?.speaker == "Tom Waller")
    }

    @Test func outletReportedClosingTheSentence_creditsTheOutlet() {
        let speaker = QuoteTestSupport.speakerWords(
            NestedReportRule(), quote: 0,
            in: [
                "Tom Waller welcomed the news, saying the governor was \"doing the right thing,\" and hinted at a joint ticket, the Daily Ledger reported Tuesday."
            ])
        #expect(speaker == "Daily Ledger")
    }

    @Test func outletReportedFollowedByMore_isNotTheQuotesSource() {
        let speaker = QuoteTestSupport.speakerWords(
            NestedReportRule(), quote: 0,
            in: [
                "Tom Waller said the governor was \"doing the right thing,\" the Daily Ledger reported, citing two aides who were in the room."
            ])
        #expect(speaker == nil)
    }

    @Test func continuationAfterOutletReport_keepsTheOutlet() {
        let found = QuoteTestSupport.extract([
            "Tom Waller welcomed the news, saying the governor was \"doing the right thing,\" and hinted at a joint ticket, the Daily Ledger reported. \"He will be a fine partner.\""
        ]).filter { $0.kind != .indirect }
        #expect(found.map(\.speaker) == ["Daily Ledger", "Daily Ledger"])
    }

    /// The rule's quick test (a cue spelled `reported` or `reports` after the quotation)
    /// rules out only quotations the full scan finds nothing for.
    @Test func quickTest_passesTheOutletsReport_andRulesOutOtherCues() {
        let reported = [
            "Tom Waller welcomed the news, saying the governor was \"doing the right thing,\" and hinted at a joint ticket, the Daily Ledger reported Tuesday."
        ]
        let context = QuoteTestSupport.context(reported)
        #expect(NestedReportRule.mayReport(context.sites[0], context))
        #expect(QuoteTestSupport.speakerWords(NestedReportRule(), quote: 0, in: reported) == "Daily Ledger")

        for paragraphs in [
            ["\"Please do not protest on the floor,\" Tom Waller said, according to CNN."],
            ["\"Please do not protest on the floor,\" Tom Waller said, and the room went quiet."],
            ["Tom Waller said the governor was \"doing the right thing,\" the aides said."],
        ] {
            let context = QuoteTestSupport.context(paragraphs)
            #expect(!NestedReportRule.mayReport(context.sites[0], context), "\(paragraphs)")
            #expect(QuoteTestSupport.speakerWords(NestedReportRule(), quote: 0, in: paragraphs) == nil)
        }
    }
}
