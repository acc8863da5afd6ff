import Testing
@testable import BylineExtraction

/// `The phrase "tax reform" was uttered once, by Mr. Cruz`: a passive's named agent (session 6).
@Suite struct PassiveAgentRuleTests {
    @Test func quotedSubjectOfAPassiveVerb_isTheAgents() {
        let found = QuoteTestSupport.direct(["The phrase \"tax reform\" was uttered once, by Mr. Waller."])
        #expect(found.first?.speaker == "Waller")
    }

    @Test func nounAfterTheQuotation_mayBeTheSubject() {
        let found = QuoteTestSupport.direct(["The so-called \"Gold Initiative\" was called by Dana Pike a turning point."])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func passiveWithoutAgent_namesNobody() {
        let found = QuoteTestSupport.direct(["The phrase \"tax reform\" was uttered once in the debate."])
        #expect(found.first?.speaker == nil)
    }

    @Test func agentThatIsNoName_namesNobody() {
        let found = QuoteTestSupport.direct(["The bill, called \"a disaster\" by critics, failed."])
        #expect(found.first?.speaker == nil)
    }
}

/// `Ryan laid out a vision for "a reformed tax code"`: a statement the subject makes (session 6).
@Suite struct ProducedStatementRuleTests {
    @Test func visionLaidOut_isTheSubjects() {
        let found = QuoteTestSupport.direct([
            "While Tom Waller, the party's chairman, laid out a vision for \"a reformed tax code,\" Dana Pike spoke of jobs."
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func participleAfterOpeningPreposition_takesTheSentenceSubject() {
        let found = QuoteTestSupport.direct([
            "And Tom Waller, after pushing out a new video about the \"clash of civilizations,\" revamped his plans."
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func definiteNoun_isSomeonesKnownStatement() {
        // `the lament for`: a lament already made, maybe by someone else.
        let found = QuoteTestSupport.direct(["Tom Waller heard the lament for the \"forgotten towns\" at the hall."])
        #expect(found.first?.speaker == nil)
    }

    @Test func passiveProduction_namesNobody() {
        let found = QuoteTestSupport.direct(["A warning about \"rising seas\" was issued on Monday."])
        #expect(found.first?.speaker == nil)
    }
}

/// `publishing an op-ed in The Washington Post hammering his "..."`: a stance participle after
/// the place the words went is the clause subject's (session 6).
@Suite struct StanceParticipleAfterPlaceTests {
    @Test func participleAfterPublication_isTheClauseSubjects() {
        let found = QuoteTestSupport.direct([
            "Dana Pike joined the group this week, publishing an op-ed in The Daily Ledger hammering his \"unsuitability for office.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }
}

/// `took to Twitter to accuse the campaign of being "duped"` (session 6).
@Suite struct StanceOfBeingTests {
    @Test func accuseOfBeing_isTheSubjects() {
        let found = QuoteTestSupport.direct(["Dana Pike went on television to accuse the campaign of being \"duped.\""])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func passiveAccusedOfBeing_namesNobody() {
        let found = QuoteTestSupport.direct(["The mayor's team was accused of being \"duped.\""])
        #expect(found.first?.speaker == nil)
    }
}
