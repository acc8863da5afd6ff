import Testing
@testable import BylineExtraction

/// `Jo Hale, a retired teacher, said that given the choice on both sides:` and the quoted
/// paragraph after it: the fronted phrase of a reported clause that the speaker's own words
/// finish.
@Suite struct ReportedClauseColonRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func frontedPhraseBeforeTheColon_isTheSubjectsClause() {
        #expect(speakers([
            "Dana Pike, a retired teacher who voted for both parties, said that given the choice on both sides:",
            "\"There is only one candidate. He pays his own way.\"",
        ]) == ["Dana Pike"])
        #expect(speakers([
            "64-year-old Dana Pike told reporters that after the long night in the harbor:",
            "\"Nobody here will vote for the bridge.\"",
        ]) == ["Dana Pike"])
    }

    @Test func sameParagraph_too() {
        #expect(speakers([
            "Tom Waller said that, in light of the vote on the budget: \"We cannot pay for it.\"",
        ]) == ["Tom Waller"])
    }

    @Test func aClauseOfItsOwnAfterThat_isLeftAlone() {
        // A name or a pronoun after `that` may be the subject of the words after the colon.
        #expect(QuoteTestSupport.speakerWords(ReportedClauseColonRule(), quote: 0, in: [
            "Dana Pike said that Lee had told her after the meeting:", "\"The bridge is dead.\"",
        ]) == nil)
        #expect(QuoteTestSupport.speakerWords(ReportedClauseColonRule(), quote: 0, in: [
            "Dana Pike said that she heard the mayor in the hall:", "\"The bridge is dead.\"",
        ]) == nil)
    }

    @Test func noReportedClause_noCue() {
        #expect(QuoteTestSupport.speakerWords(ReportedClauseColonRule(), quote: 0, in: [
            "Dana Pike wrote a long letter that ended with the line:", "\"The bridge is dead.\"",
        ]) == nil)
    }

    @Test func ageBeforeTheName_withARelativeApposition() {
        // The age's hyphen is no word of the segment the name opens.
        #expect(speakers([
            "The county votes early. 81-year-old Dana Pike, a farmer who voted for both parties, said:",
            "\"We need him.\"",
        ]) == ["Dana Pike"])
    }
}
