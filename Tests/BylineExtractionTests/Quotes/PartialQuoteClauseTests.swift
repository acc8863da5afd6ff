import Testing
@testable import BylineExtraction

/// Partial quotations inside the complement of a verb of saying whose subject the text names
/// (session 6), on sentences written here: an inserted phrase between subject and verb, a
/// quotation inside an opening subordinate clause, a verb of manner of speaking with `that`.
@Suite struct InsertedPhraseSubjectTests {
    @Test func phraseBetweenNameAndVerb_isSkipped() {
        let found = QuoteTestSupport.direct(["Dana Pike in an interview said the deal was \"a good one.\""])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func placeInsidePhrase_isNotTheSubject() {
        let found = QuoteTestSupport.direct(["Dana Pike on Twitter called the plan \"a disaster.\""])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func nameAfterPreposition_isNoSubject() {
        // `a spokesman for Pike in a statement said`: Pike is the object of `for`.
        let found = QuoteTestSupport.direct(["A spokesman for Dana Pike in a statement said the plan was \"reckless.\""])
        #expect(found.first?.speaker == nil)
    }

    @Test func commonWordOpeningTheSentence_isNoName() {
        let found = QuoteTestSupport.direct(["Police in the town of Uyo said the corporal had been \"arrested.\""])
        #expect(found.first?.speaker != "Police")
    }

    @Test func institutionNameWithOn_isOneName() {
        let found = QuoteTestSupport.direct([
            "The Commission on Presidential Debates says there was \"a problem\" with the microphone."
        ])
        // Not split at `on` into a subject `Commission` and a phrase `on Presidential Debates`.
        #expect(found.first?.speaker != "Commission")
    }

    @Test func quantifierBeforeVerb_isItsOwnSubject() {
        let found = QuoteTestSupport.direct([
            "Alabama beat Clemson to take the National Championship in a title game many are calling an \"instant classic.\""
        ])
        #expect(found.first?.speaker == nil)
    }
}

@Suite struct OpeningClauseQuoteTests {
    @Test func quoteInsideWhenClause_takesTheClausesCue() {
        let found = QuoteTestSupport.direct([
            "When Dana Pike later said she would \"protect our towns,\" the crowd applauded loudly."
        ])
        #expect(found.first?.speaker == "Dana Pike")
        #expect(found.first?.cue == "said")
    }

    @Test func quoteInsideEvenAsClause_isNotTheMainClausesWords() {
        let found = QuoteTestSupport.direct([
            "But even as Dana Pike claimed on Tuesday that \"Waller broke the rules\" one of his former aides said the cases differ."
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func askedRightAfterTheLink_leavesTheMainCue() {
        let found = QuoteTestSupport.direct(["When asked about the \"deal,\" Dana Pike said nothing."])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func commaBeforeTheQuote_leavesTheMainCue() {
        let found = QuoteTestSupport.direct(["As Tom Waller spoke, \"We will win,\" Dana Pike said."])
        #expect(found.first?.speaker == "Dana Pike")
    }
}

@Suite struct MannerVerbClauseTests {
    @Test func mannerVerbWithThat_reportsTheClause() {
        let found = QuoteTestSupport.direct(["Tom Waller sniped that Pike, a first-time mayor, was \"learning on the job.\""])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func mannerVerbWithListenerAndThat_reportsTheClause() {
        let found = QuoteTestSupport.direct(["Tom Waller confided to her that his parents were \"quite worried.\""])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func mannerVerbWithoutThat_reportsNoClause() {
        let found = QuoteTestSupport.direct(["Tom Waller fumed about the vote while the board approved the \"Gold Plan.\""])
        #expect(found.first?.speaker == nil, "\(found)")
    }
}
