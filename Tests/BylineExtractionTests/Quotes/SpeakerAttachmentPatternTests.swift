import Testing
@testable import BylineExtraction

/// Which name a cue attaches to when several stand near it (PolNeAR train, tuning half,
/// patterns only; every sentence here is written for the test).
@Suite struct SpeakerAttachmentPatternTests {
    /// The direct quotations only (reported speech is tested elsewhere).
    private func direct(_ paragraphs: [String]) -> [ExtractedForTest] {
        QuoteTestSupport.direct(paragraphs)
    }

    @Test func pastVerbOfSaying_invertsBeforeANameClosingTheClause() {
        let warned = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"That would be a loose cannon in the White House,\" warned Dana Pike."])
        let stated = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We are not ready,\" stated Tom Waller, a historian at the college."])
        #expect(warned == "Dana Pike")
        #expect(stated == "Tom Waller")
    }

    @Test func pastVerbBeforeADay_isAPassiveNotACue() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The plan, \"a good one,\" announced Monday, passed."])
        #expect(speaker == nil)
    }

    @Test func invertedVerbBeforeAClause_namesNobodyAfterIt() {
        let found = direct([
            "Mr. Pike, citing \"the unique pull of the candidate,\" said the senator could win Ohio."
        ])
        #expect(found.first?.speaker == "Pike")
    }

    @Test func quoteCompletingTheNextSentence_continuesTheSpeaker() {
        let found = direct([
            "\"It is an enormous moment,\" said Dana Pike, a strategist. Unless rivals quit now, \"it is hard to see how he is stopped.\""
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike"])
    }

    @Test func quoteAfterAnOpeningPhraseWithItsOwnCue_isNotContinued() {
        let found = direct([
            "\"It is an enormous moment,\" said Dana Pike. Meanwhile, critics warned of \"a long fight.\""
        ])
        #expect(found.last?.speaker != "Dana Pike")
    }

    @Test func verbInsideAnOpeningSubordinateClause_isNotTheCue() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["After Tom Waller criticized the plan during a debate, the mayor shot back, \"I could have stayed home.\""])
        #expect(speaker == nil)
    }

    @Test func possessedClaim_leavesTheQuoteToItsOwner() {
        let found = direct([
            "Gov. Dana Pike on Thursday blamed the media for Tom Waller's claim that the mayor \"founded the group,\" saying they were unfair."
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func personOfTheInstitution_speaksForHimself() {
        let found = direct(["Sen. Tom Waller of the Senate Banking Committee told reporters, \"We are brothers.\""])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func stateAbbreviationAfterATown_isNoSpeaker() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["Tuesday in Berea, OH, after winning the primary, Gov. Dana Pike (R-OH), said, \"We will rent a wagon.\""])
        #expect(speaker == "Dana Pike")
    }

    @Test func ageBeforeTheSubject_isNoPartOfTheName() {
        let found = direct([
            "76-year-old Tom Waller, founder of the Leadership Institute, endorsed Dana Pike last week, saying she \"has shown her commitment.\""
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }

    @Test func participleAfterASubordinateClause_takesItsSubjectWhenTheSentenceNamesNobody() {
        let found = direct([
            "It was a potent punch, as Mrs. Dana Pike echoed the criticism, saying the mayor \"is not in it for the people.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func quoteResumingASentenceItsCueInterrupted_keepsTheSpeaker() {
        let found = direct([
            "\"We are calling every voter,\" said Dana Pike, the campaign's state director, \"and we will keep calling.\""
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike"])
    }

    @Test func termQuotedInsideTheCue_doesNotBreakTheContinuation() {
        let found = direct([
            "\"They were upset,\" said Dana Pike, one of the \"big four\" negotiators. \"They said it was their job.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
        #expect(found.last?.speaker == "Dana Pike")
        #expect(found[1].speaker == nil)
    }

    @Test func verbCoordinatedWithAnEarlierVerbOfSaying_sharesItsSubject() {
        let found = direct([
            "And the Pacific Trade Pact, which Dana Pike had called a \"disaster\" and promised to \"rip up\"? It stayed."
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike"])
    }

    @Test func baseFormAfterAName_isANounNotTheNamesVerb() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Ohio state delegate Dana Pike, in a red cape, thought the week could be a \"failure\" for the party."])
        #expect(speaker != "Ohio")
    }

    @Test func surnameThatIsACommonWord_opensTheSentenceAsAName() {
        let found = direct([
            "In an interview, Pence was asked about the comment.",
            "Pence went on to say he is \"confident\" about the race.",
        ])
        #expect(found.last?.speaker == "Pence")
    }

    @Test func commonWordNeverWrittenAsAName_opensNoSubject() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["Small groups went on to say the plan was \"fine.\""])
        #expect(speaker == nil)
    }

    @Test func colonAfterAnOpeningQuestionPhrase_givesTheSubjectsWords() {
        let found = direct([
            "Asked whether the campaign should apologize for the flap, Mr. Dana Pike shot back: \"That would be good.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func lineUnderAQuotedParagraph_signsIt() {
        let found = direct([
            "\"We will enter the next recession without a consensus.",
            "Dana Pike, Economic Policy Institute.\"",
            "\"Great speech. She is ready.\"",
            "-Governor Tom Waller, writing after the speech.",
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Tom Waller"])
    }

    @Test func sentenceOrBareNameUnderAQuotedParagraph_signsNothing() {
        let found = direct([
            "\"Things will get better.\"",
            "Dana Pike, however, disagreed.",
            "\"I never begrudged it.",
            "Tom Waller.\"",
        ])
        #expect(found.map(\.speaker) == [nil, nil])
    }
}
