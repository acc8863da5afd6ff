import Testing
@testable import BylineExtraction

/// `Pike slammed the council for promoting "reckless spending"`: the judge's account of the
/// judged act is the judge's words (session 8).
@Suite struct JudgedActRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func slammedForAnAct_isTheJudges() {
        #expect(speakers("Dana Pike slammed the council for promoting \"reckless spending\" among residents.") == ["Dana Pike"])
        #expect(speakers("Tom Waller, who chairs the panel, faulted the agency for hiding \"the real numbers.\"") == ["Tom Waller"])
    }

    @Test func participleAfterAComma_takesTheSentencesSubject() {
        #expect(
            speakers("Dana Pike spoke for an hour, blasting the mayor for wasting \"millions on consultants.\"") == ["Dana Pike"])
    }

    @Test func cueRecordsTheJudgingVerb() {
        let found = QuoteTestSupport.direct(["Dana Pike slammed the council for promoting \"reckless spending.\""])
        #expect(found.first?.cue == "slammed")
    }

    @Test func actOfSaying_quotesTheJudgedPerson() {
        // `for calling them "thugs"`: the words are the council's, not Pike's; this rule stays out.
        let sentence = ["Dana Pike slammed the council for using the phrase \"welfare queens.\""]
        #expect(QuoteTestSupport.speakerWords(JudgedActRule(), quote: 0, in: sentence) == nil)
    }

    @Test func passive_namesNobody() {
        #expect(speakers("The council was slammed for promoting \"reckless spending\" last year.") == [nil])
    }

    @Test func ruleAlone_findsTheJudge() {
        let sentence = ["Dana Pike slammed the council for promoting \"reckless spending\" among residents."]
        #expect(QuoteTestSupport.speakerWords(JudgedActRule(), quote: 0, in: sentence) == "Dana Pike")
    }

    @Test func quotationModifyingANoun_isATerm() {
        #expect(speakers("Dana Pike slammed the senator for backing the \"Gang of Eight\" bill in 2013.") == [nil])
    }

    @Test func ofAfterAVerbOtherThanAccuse_isANounsComplement() {
        // `the ideas of promoting ...`: `of` completes the noun; only `accuse` judges with `of`.
        let sentence = ["Dana Pike praised the old ideas of promoting \"smart growth\" downtown."]
        #expect(QuoteTestSupport.speakerWords(JudgedActRule(), quote: 0, in: sentence) == nil)
    }
}
