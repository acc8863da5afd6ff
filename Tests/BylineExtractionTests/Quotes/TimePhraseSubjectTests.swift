import Testing
@testable import BylineExtraction

/// `Waller on Tuesday said`, `Waller later Thursday told`: a time phrase between the subject
/// and its verb does not hide the subject.
@Suite struct TimePhraseSubjectTests {
    private func directSpeakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func weekdayBetweenSubjectAndVerb_isSkipped() {
        #expect(directSpeakers("Tom Waller on Tuesday said \"the plan is dead.\"") == ["Tom Waller"])
        #expect(directSpeakers("Tom Waller later Thursday told reporters: \"We will win.\"") == ["Tom Waller"])
    }

    @Test func periodBetweenSubjectAndVerb_isSkipped() {
        #expect(directSpeakers("Mayor Tom Waller last week said he would \"never\" sign it.") == ["Tom Waller"])
        #expect(directSpeakers("Tom Waller on Nov. 5 said the deal was \"finished.\"") == ["Tom Waller"])
    }

    @Test func timePhraseStart_findsOnlyTimePhrases() {
        let context = QuoteTestSupport.context(["Carla Mendes on Tuesday night said it. Her plan said it."])
        let reader = SpeakerPhraseReader(context: context)
        // Tokens: Carla(0) Mendes(1) on(2) Tuesday(3) night(4) said(5) ... Her(8) plan(9) said(10).
        #expect(reader.timePhraseStart(endingAt: 4, from: 0) == 2)
        #expect(reader.timePhraseStart(endingAt: 9, from: 8) == 10)
    }
}
