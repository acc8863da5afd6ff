import Testing
@testable import BylineExtraction

/// Each sieve rule on its own, through `AttributionRule.cue(for:in:)`.
@Suite struct AttributionRuleTests {
    @Test func adjacentCue_readsSubjectAfterTheQuote() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Trust is low,\" Maria Lopez said after the meeting."])
        #expect(speaker == "Maria Lopez")
    }

    @Test func adjacentCue_readsInvertedSpeakerAfterTheQuote() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Trust is low,\" said Hans Peter Brandt, the director of an institute."])
        #expect(speaker == "Hans Peter Brandt")
    }

    @Test func adjacentCue_readsSpeakerBeforeTheQuote() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Foreign Minister Ivan Petrov said: \"We saw alarming steps.\""])
        #expect(speaker == "Ivan Petrov")
    }

    @Test func adjacentCue_acceptsAccordingTo() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We saw alarming steps,\" according to Interfax."])
        #expect(speaker == "Interfax")
    }

    @Test func adjacentCue_skipsTitlesAndParenthesesToTheName() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"It is a bad day.\" Sen. Jane Roe (D-Ore.) said Friday."])
        #expect(speaker == "Jane Roe")
    }

    @Test func adjacentCue_passesWhenNoVerbOfReportingIsNear() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["A military \"deconfliction\" hotline links Omar Haddad and the base."])
        #expect(speaker == nil)
    }

    @Test func journalistReport_attributesToTheReporterNotTheSubject() {
        let speaker = QuoteTestSupport.speakerWords(
            JournalistReportRule(), quote: 0,
            in: ["The Daily's Nora Quist reports that Petrov went into talks \"warning that strikes must stop.\""])
        #expect(speaker == "Nora Quist")
    }

    @Test func journalistReport_readsReporterAfterTheQuote() {
        let speaker = QuoteTestSupport.speakerWords(
            JournalistReportRule(), quote: 0,
            in: ["\"The capital argues the stock was destroyed,\" Paul Ames reports for the Daily from the capital."])
        #expect(speaker == "Paul Ames")
    }

    @Test func reportingClause_coversPartialQuoteInsideIt() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["In opening remarks, Maria Lopez said she was looking forward to \"an open, frank exchange\" with him."])
        #expect(speaker == "Maria Lopez")
    }

    @Test func reportingClause_findsCueClosingTheSentence() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["It was a \"productive\" meeting, Maria Lopez said."])
        #expect(speaker == "Maria Lopez")
    }

    @Test func colonIntroduction_givesTheNextParagraphsQuoteItsSpeaker() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonIntroductionRule(), quote: 0, in: ["Tom Baker continued:", "\"The issue is partisan.\""])
        #expect(speaker == "Tom Baker")
    }

    @Test func continuation_keepsSpeakerInSameParagraphAndNextOne() {
        let found = QuoteTestSupport.extract([
            "\"Trust is low,\" Maria Lopez said. \"It cannot go on.\"",
            "\"We will try again next year.\"",
            "Other news followed. \"A new quote nobody claims.\"",
        ])
        #expect(found.map(\.speaker) == ["Maria Lopez", "Maria Lopez", "Maria Lopez", nil])
    }
}
