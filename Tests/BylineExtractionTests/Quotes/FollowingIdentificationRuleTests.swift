import Testing
@testable import BylineExtraction

/// `"...," was how Pike put it.`, `"..." So said Pike.`: the words after a quotation say whose
/// it was (session 8).
@Suite struct FollowingIdentificationRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func quotationAsSubject_ofHowOrAResponse() {
        #expect(speakers(["\"We will win this state,\" was how Dana Pike put it."]) == ["Dana Pike"])
        #expect(speakers(["\"We will win this state,\" was Dana Pike's response."]) == ["Dana Pike"])
    }

    @Test func sentencePointingBack_namesTheSpeaker() {
        #expect(speakers(["\"We will win this state.\" So said Dana Pike on Monday."]) == ["Dana Pike"])
        #expect(speakers(["\"We will win this state.\" Those were the words of Tom Waller."]) == ["Tom Waller"])
        #expect(speakers(["\"We will win this state.\" That was how Tom Waller described it."]) == ["Tom Waller"])
    }

    @Test func sentenceNamingNoSpeaker_isLeftAlone() {
        #expect(speakers(["\"We will win this state.\" That was the mood in Dayton on Monday."]) == [nil])
        #expect(speakers(["\"We will win this state,\" was how the campaign put it."]) == [nil])
    }

    @Test func nextParagraph_isNotTheQuotationsOwnWords() {
        #expect(speakers(["\"We will win this state.\"", "So said Dana Pike, and so said everyone."]) == [nil])
    }
}
