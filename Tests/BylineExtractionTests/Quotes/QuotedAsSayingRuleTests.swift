import Testing
@testable import BylineExtraction

/// `"...," Arab News quoted Prince Saud as saying.`: the person quoted speaks, not the outlet
/// that quotes (session 9).
@Suite struct QuotedAsSayingRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(QuotedAsSayingRule(), quote: 0, in: paragraphs)
    }

    @Test func outletQuotingAPerson_afterTheQuotation() {
        #expect(speakers(["\"Our reforms have created a new generation,\" the Gulf Times quoted Jo Hale as saying."]) == ["Jo Hale"])
        #expect(ruleSpeaker(["\"We are mourning a great company,\" the agency quoted company worker David Ogden as saying."]) == "David Ogden")
    }

    @Test func outletQuotingAPerson_beforeTheQuotation() {
        #expect(speakers(["The Gulf Times quoted Jo Hale as saying: \"Our reforms have worked.\""]) == ["Jo Hale"])
    }

    @Test func unnamedPerson_isNotTheOutlet() {
        #expect(speakers(["\"We are mourning a great company,\" the Gulf Times quoted a worker as saying."]) == [nil])
    }

    @Test func quotedWithoutAsSaying_isNoCueOfThisRule() {
        #expect(ruleSpeaker(["\"We are mourning a great company,\" the Gulf Times quoted in its report."]) == nil)
        #expect(ruleSpeaker(["\"We are mourning a great company,\" Jo Hale said, as quoted by the agency."]) == nil)
    }
}
