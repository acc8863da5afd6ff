import Testing
@testable import BylineExtraction

/// Speaker resolution conventions the held-out tuning half showed (session 3), on sentences
/// written here: which person a cue's subject, pronoun or title phrase names.
@Suite struct SpeakerResolutionSession3Tests {
    @Test func participleAfterPostposedCue_takesThatCuesSpeaker() {
        let found = QuoteTestSupport.extract([
            "Lena Ortiz and Tom Waller will meet next week, Dana Pike said, adding, \"They need a long talk.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func participleAfterQuotedCue_ignoresPronounsInsideTheQuotation() {
        let found = QuoteTestSupport.extract([
            "\"I respect Tom Waller. He is a fine leader,\" Dana Pike said at a rally in Reno, adding that she would \"gladly\" take his help."
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike", "Dana Pike"])
    }

    @Test func participleAfterReportedClause_keepsTheSentenceSubject() {
        let found = QuoteTestSupport.extract([
            "Dana Pike said Tom Waller had lost, adding that he was \"finished.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }
}
