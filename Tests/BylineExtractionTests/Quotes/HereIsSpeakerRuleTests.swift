import Testing
@testable import BylineExtraction

/// `Here's Dana Pike in May 2001: "..."`: a sentence presenting a named person before a
/// colon hands the quotation after it to that person (session 13).
@Suite struct HereIsSpeakerRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func herePresentsTheSpeaker() {
        #expect(speakers(["Here's Dana Pike in May 2001: \"The harbor must stay public.\""]) == ["Dana Pike"])
        #expect(speakers(["Here is Tom Waller on the budget: \"We cannot pay for it.\""]) == ["Tom Waller"])
        #expect(speakers(["Here\u{2019}s Dana Pike: \u{201C}The harbor must stay public.\u{201D}"]) == ["Dana Pike"])
    }

    @Test func whatOrADescription_namesNobodyHere() {
        #expect(QuoteTestSupport.speakerWords(HereIsSpeakerRule(), quote: 0, in: [
            "Here's the statement: \"The harbor must stay public.\"",
        ]) == nil)
        #expect(QuoteTestSupport.speakerWords(HereIsSpeakerRule(), quote: 0, in: [
            "Here's Dana Pike's plan for the harbor: \"Keep it public.\"",
        ]) == nil)
    }

    @Test func noColon_noCue() {
        #expect(QuoteTestSupport.speakerWords(HereIsSpeakerRule(), quote: 0, in: [
            "Here's Dana Pike with a \"bold\" idea.",
        ]) == nil)
    }
}
