import Testing
@testable import BylineExtraction

@Suite struct ReportedSpeechTests {
    private func indirect(_ paragraphs: [String]) -> [ExtractedForTest] {
        QuoteTestSupport.extract(paragraphs).filter { $0.kind == .indirect }
    }

    @Test func speakerBeforeContent_givesTheClause() {
        let found = indirect(["At a news conference, Ivan Petrov said the two nations agreed on an investigation."])
        #expect(found == [ExtractedForTest(
            text: "the two nations agreed on an investigation", kind: .indirect, speaker: "Ivan Petrov", cue: "said",
            speakerText: "Ivan Petrov")])
    }

    @Test func thatAfterAnAdjunct_startsTheContent() {
        let found = indirect(["Maria Lopez told reporters on Tuesday that the talks had failed."])
        #expect(found.first?.text == "the talks had failed")
        #expect(found.first?.cue == "told")
    }

    @Test func cueAfterContent_givesTheClauseBeforeIt() {
        let found = indirect(["Crops are withering in the islands, Maria Lopez noted."])
        #expect(found.first?.text == "Crops are withering in the islands")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func accordingToOpeningTheSentence_givesTheRest() {
        let found = indirect(["According to Interfax, the relationship has deteriorated."])
        #expect(found.first?.text == "the relationship has deteriorated")
        #expect(found.first?.cue == "According to")
    }

    @Test func descriptiveSpeaker_hasNoEntityButItsWords() {
        let found = indirect(["Officials said the bridge would reopen in May."])
        #expect(found.first?.speaker == nil)
        #expect(found.first?.speakerText == "Officials")
    }

    @Test func mixedReport_givesClauseAndPartialQuoteWithOneSpeaker() {
        let found = QuoteTestSupport.extract(["Maria Lopez says she had a \"productive\" meeting with the envoy."])
        #expect(found.map(\.kind) == [.indirect, .partial])
        #expect(found.map(\.speaker) == ["Maria Lopez", "Maria Lopez"])
    }

    @Test func nonSpeechSensesAndQuestions_areNotReports() {
        #expect(indirect(["The envoy is said to be furious about the delay."]).isEmpty)
        #expect(indirect(["Reporters asked whether the envoy had brought any evidence."]).isEmpty)
        #expect(indirect(["If she said the plan works, nobody would believe her."]).isEmpty)
    }

    @Test func directQuoteWithItsCue_isNotAlsoAReport() {
        #expect(indirect(["\"We will win,\" Maria Lopez said on Tuesday."]).isEmpty)
        #expect(indirect(["Maria Lopez said: \"We will win.\""]).isEmpty)
    }
}
