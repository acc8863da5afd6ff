import Testing
@testable import BylineExtraction

/// `But polls did predict the race - HuffPollster: "..."`: a digest's dash and name before the
/// colon sign the quotation, whatever verb the lead-in holds (session 11).
@Suite struct DashLabelRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(DashLabelRule(), quote: 0, in: paragraphs)
    }

    @Test func dashAndNameBeforeColon_signTheQuotation() {
        #expect(speakers(["But polls did predict the Democratic race - HuffPollster: \"Most pollsters fared much better this time.\""]) == ["HuffPollster"])
        #expect(ruleSpeaker(["TURNOUT WAS LOW - Carl Bialik: \"Fewer voters came out than in any year since the war.\""]) == "Carl Bialik")
    }

    @Test func nameWithoutDash_orDashWithoutName_isLeftToOtherRules() {
        #expect(ruleSpeaker(["Polls predicted the race for Carl Bialik: \"Fewer voters came out than ever.\""]) == nil)
        #expect(ruleSpeaker(["Turnout was low - the lowest in decades: \"Fewer voters came out than ever.\""]) == nil)
    }
}
