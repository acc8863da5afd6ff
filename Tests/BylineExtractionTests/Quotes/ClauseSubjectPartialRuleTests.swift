import Testing
@testable import BylineExtraction

/// `Pike talked up her "fifty-county plan,"`: a partial quotation in the predicate of a clause
/// whose subject is a name is that subject's words, whatever the verb (session 13).
@Suite struct ClauseSubjectPartialRuleTests {
    private func rule(_ sentence: String) -> String? {
        QuoteTestSupport.speakerWords(ClauseSubjectPartialRule(), quote: 0, in: [sentence])
    }

    @Test func anyVerb_givesTheClauseSubject() {
        #expect(rule("Dana Pike talked up her \"fifty-county plan,\" promising to visit every town.") == "Dana Pike")
        #expect(rule("First, Tom Waller described the inspector as \"a foreigner,\" which he is not.") == "Tom Waller")
        #expect(rule("On Monday, Dana Pike went further, backing six mayors \"who share our values.\"") == "Dana Pike")
        #expect(rule("Tom Waller has instead built his plan around efforts to \"finish the job\" this year.") == "Tom Waller")
    }

    @Test func progressiveSubject_isTheActor() {
        #expect(rule("The Farm Bureau was lobbying senators against \"any new tariff at all\" this week.") != nil)
    }

    @Test func inTheSieve_theSubjectIsTheSpeaker() {
        #expect(QuoteTestSupport.directSpeakers(["Dana Pike opened with a plea for the council to \"embrace\" the new budget."]) == ["Dana Pike"])
    }

    @Test func premodifier_isAScareQuote() {
        #expect(rule("Dana Pike backed her own \"fast-track\" panel for the harbor.") == nil)
    }

    @Test func termAfterAnArticle_isAScareQuote() {
        #expect(rule("Tom Waller appears weak before the rival \"offensive,\" which stalled in May.") == nil)
    }

    @Test func seedSentence_keepsNoSpeaker() {
        let sentence = ["He also said Waller opened the door to a return of a joint \"early-warning\" line."]
        #expect(QuoteTestSupport.directSpeakers(sentence) == [nil])
    }

    @Test func nameInsideAnotherClause_isNoSubject() {
        // The quotation is in the clause of `she`, not of Pike.
        #expect(rule("Dana Pike left the hall after she called the plan \"reckless and cruel.\"") == nil)
        #expect(rule("Dana Pike spoke first, and Tom Waller pushed for \"any clean break at all.\"") == nil)
        // A name standing near the quotation, not the subject of its clause.
        #expect(rule("The council, unlike Dana Pike, backed plans for \"any clean break at all.\"") == nil)
    }

    @Test func nameBeforeANoun_isNoSubject() {
        #expect(rule("Pike supporters are crying \"theft\" over the count.") == nil)
    }

    @Test func copula_describesTheSubject() {
        #expect(rule("Tom Waller was \"extremely careless\" with the files.") == nil)
        #expect(rule("Tom Waller was branded \"a liar\" by the board.") == nil)
    }

    @Test func titleOrName_isNoSpeech() {
        #expect(rule("Dana Pike stars in \"Hello Again\" at the Palace this spring.") == nil)
    }

    @Test func headline_isNoClause() {
        #expect(rule("Dana Pike urges voters to \"think twice\"") == nil)
    }
}
