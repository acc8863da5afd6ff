import Testing
@testable import BylineExtraction

/// `Pike reacted skeptically to the deal, "..."`: a person's clause closed by a comma before a
/// quotation of whole sentences introduces that person's words (session 8).
@Suite struct CommaIntroductionRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }
    private func ruleSpeaker(_ sentence: String) -> String? {
        QuoteTestSupport.speakerWords(CommaIntroductionRule(), quote: 0, in: [sentence])
    }

    @Test func personsClauseBeforeTheComma_introducesTheWords() {
        #expect(speakers("Senator Dana Pike reacted skeptically to the deal, \"I will believe it when I see the money.\"") == ["Dana Pike"])
        #expect(speakers("Asked about the ruling, Tom Waller took to Twitter, \"This is a sad day for Ohio.\"") == ["Tom Waller"])
    }

    @Test func clauseWhoseSubjectNamesNobody_introducesNobody() {
        #expect(speakers("After meeting Tom Waller, the voters chanted, \"Four more years for him!\"") == [nil])
        #expect(ruleSpeaker("The crowd cheered for Dana Pike, \"We love you, Dana!\"") == nil)
    }

    @Test func participleAfterANoun_orADescriptiveSubject_introducesNobody() {
        #expect(ruleSpeaker("A man wore a cap printed with Tom Waller's slogan, \"We will take it back for good.\"") == nil)
        #expect(ruleSpeaker("The New York businessman says of Pike, \"She will sell the state out.\"") == nil)
    }

    @Test func sloganInCapitals_isNoSentenceSaid() {
        #expect(ruleSpeaker("Tom Waller ended the rally, \"Make Ohio Great Again!\"") == nil)
    }

    @Test func passive_introducesNobody() {
        #expect(ruleSpeaker("Dana Pike was praised by her rivals, \"She did the hard work.\"") == nil)
    }

    @Test func shortTitle_orQuotationGoingOn_isLeftAlone() {
        #expect(ruleSpeaker("Dana Pike wrote a memoir in 2010, \"Harbor Days.\"") == nil)
        #expect(ruleSpeaker("Tom Waller reacted to the news, \"We will see about that,\" and left the room.") == nil)
    }

    @Test func lowerCaseQuotation_isPartOfTheReportersSentence() {
        #expect(ruleSpeaker("Dana Pike grew up in Dayton, \"a town that makes things,\" she likes to say.") == nil)
    }
}
