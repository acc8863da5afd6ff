import Testing
@testable import BylineExtraction

/// `Then, later that month on CNN: "..."`: a verbless clause of time, place or medium goes on
/// quoting the speaker just quoted (session 11).
@Suite struct AdverbialColonContinuationRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func timeAndMediumClause_continuesThePreviousSpeaker() {
        #expect(speakers([
            "For example: \"We made a terrible mistake going in,\" Dana Pike told CNN in October.",
            "Then, later that month on Fox News: \"I never said we made a mistake.\"",
        ]) == ["Dana Pike", "Dana Pike"])
        #expect(speakers([
            "\"The bridges are safe,\" Tom Waller said in March. In a speech in Dayton a week later: \"Half of them should close.\"",
        ]) == ["Tom Waller", "Tom Waller"])
    }

    @Test func clauseWithAVerb_orNoEarlierSpeaker_isLeftAlone() {
        #expect(speakers([
            "\"We made a mistake,\" Dana Pike told CNN in October.",
            "Then the crowd chanted: \"Lock him up!\"",
        ]) == ["Dana Pike", nil])
        #expect(speakers(["Then, later that month on Fox News: \"I never said we made a mistake.\""]) == [nil])
    }

    @Test func anotherSpeakerInBetween_orADistantQuotation_breaksTheChain() {
        #expect(speakers([
            "\"We made a mistake,\" Dana Pike told CNN in October. Her rival Tom Waller said she was wrong.",
            "Then, later that month on Fox News: \"I never said we made a mistake.\"",
        ])  == ["Dana Pike", nil])
        #expect(speakers([
            "\"We made a mistake,\" Dana Pike told CNN in October.",
            "The war went on.",
            "The troops stayed.",
            "Then, later that month on Fox News: \"I never said we made a mistake.\"",
        ])  == ["Dana Pike", nil])
    }
}

extension AdverbialColonContinuationRuleTests {
    @Test func possessiveInTheClause_namesAnotherSpeaker() {
        #expect(speakers([
            "\"We made a mistake,\" Dana Pike told CNN in October.",
            "From Ortiz's speech in Dayton: \"We are one state, not two.\"",
        ])  == ["Dana Pike", nil])
    }
}
