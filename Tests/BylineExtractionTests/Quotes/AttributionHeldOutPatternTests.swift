import Testing
@testable import BylineExtraction

/// News conventions the held-out articles showed the sieve missing, on sentences written here.
@Suite struct AttributionHeldOutPatternTests {
    @Test func placeAfterOf_isNeverTheSpeaker() {
        let result = QuoteTestSupport.extractWithEntities(["\"The budget is balanced,\" said Gov. Tom Waller of Nebraska."])
        #expect(result.quotes.first?.speaker == "Tom Waller")
    }

    @Test func placeAfterOf_isNeverTheSpeakerBeforeTheVerb() {
        let found = QuoteTestSupport.extract(["Carla Mendes of Ohio said the plan was \"dead on arrival.\""])
        #expect(found.first?.speaker == "Carla Mendes")
    }

    @Test func institutionKeepsItsOf() {
        let found = QuoteTestSupport.extract(["\"Rates will hold,\" said Bank of America."])
        #expect(found.first?.speaker == "Bank of America")
    }

    @Test func mannerOfSpeakingVerb_cuesAQuote() {
        let fumed = QuoteTestSupport.extract(["\"This is a disgrace,\" Tom Waller fumed."])
        #expect(fumed.first?.speaker == "Tom Waller")
        let scoffed = QuoteTestSupport.extract(["\"Nobody believes that,\" scoffed Carla Mendes."])
        #expect(scoffed.first?.speaker == "Carla Mendes")
    }

    @Test func mannerVerbNoun_isNoCue() {
        // `press` is a noun before `secretary`; only `pressed` is a verb of speaking.
        let found = QuoteTestSupport.extract(["The press office issued a \"final\" notice."])
        #expect(found.first?.speaker == nil)
    }

    @Test func colonAfterAnyPastVerb_introducesTheSubjectsWords() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonCueRule(), quote: 0, in: ["Tom Waller paused, then leaned in and boomed: \"We will win in November.\""])
        #expect(speaker == "Tom Waller")
    }

    @Test func colonAfterPassive_namesNobody() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonCueRule(), quote: 0, in: ["Tom Waller was asked: \"Will you run again?\""])
        #expect(speaker == nil)
    }

    @Test func colonAfterSubordinateClause_isNotItsSubjects() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonCueRule(), quote: 0, in: ["When Tom Waller arrived, the crowd chanted: \"Four more years.\""])
        #expect(speaker == nil)
    }

    @Test func colonAfterRoleAndName_namesTheSpeaker() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonCueRule(), quote: 0, in: ["The result did not surprise independent pollster Carla Mendes: \"Turnout decides it.\""])
        #expect(speaker == "Carla Mendes")
    }

    @Test func placeInOpeningPhrase_isNotTheSubject() {
        let found = QuoteTestSupport.extract([
            "Speaking at a diner in Dover, Delaware, Tom Waller went after his rival, calling him \"a lightweight.\""
        ])
        #expect(found.first?.speaker == "Tom Waller")
    }
}

@Suite struct AttributionParticipleTests {
    @Test func participleAfterInvertedCue_sharesItsSpeaker() {
        let found = QuoteTestSupport.extract([
            "\"Let him decide,\" said Vice President Jo Hale, urging his critics to \"give him time.\""
        ])
        #expect(found.count == 2)
        #expect(found.last?.speaker == "Jo Hale")
    }
}

@Suite struct AttributionNounFormTests {
    @Test func possessiveBeforeAVerbForm_makesItANoun() {
        let found = QuoteTestSupport.extract([
            "Speaker Jo Hale told reporters Tuesday that Ann Ross's comments \"show bias.\""
        ])
        #expect(found.first?.speaker == "Jo Hale")
    }
}

@Suite struct AttributionIntroductionTests {
    @Test func invertedIntroductionParagraph_namesTheSpeaker() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonIntroductionRule(), quote: 0, in: ["Added Carla Mendes:", "\"We have only begun to fight.\""])
        #expect(speaker == "Carla Mendes")
    }
}

@Suite struct AttributionInfinitiveTests {
    @Test func infinitiveOfSaying_takesTheSentenceSubject() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["Carla Mendes went on to say she is \"confident\" about the vote."])
        #expect(speaker == "Carla Mendes")
    }

    @Test func infinitiveAfterAnObject_namesNobody() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["Carla Mendes wants him to say the plan is \"dead.\""])
        #expect(speaker == nil)
    }
}

@Suite struct AttributionPrecisionTests {
    @Test func mannerVerbInsideAReportedClause_leavesTheOuterSpeaker() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Ann Ross said that when Jo Hale railed against the banks, \"she is speaking for us.\""])
        #expect(speaker == "Ann Ross")
    }

    @Test func infinitiveOfJudging_namesNobody() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["The Great Slump is partly to blame, but so is this \"major change.\""])
        #expect(speaker == nil)
    }

    @Test func infinitiveSubject_isTheNameAfterTheRole() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The Ledger technology columnist Jo Hale went so far as to say: \"It is over.\""])
        #expect(speaker == "Jo Hale")
    }
}

@Suite struct AttributionSourcePhraseTests {
    @Test func formerTitle_beforeTheName_isSkipped() {
        let found = QuoteTestSupport.extract(["\"It is mainstream now,\" said former Gov. Bo Lind, a Democrat."])
        #expect(found.first?.speaker == "Bo Lind")
    }

    @Test func possessivePlace_beforeTheName_keepsThePerson() {
        let found = QuoteTestSupport.extract(["\"We face a wipeout,\" said Idaho's Rick Vance, a consultant."])
        #expect(found.first?.speaker == "Rick Vance")
    }

    @Test func participleAfterInvertedCueWithATail_sharesItsSpeaker() {
        let found = QuoteTestSupport.extract([
            "\"It is not new,\" said Rep. Bo Lind (D-Utah) at the time, adding that \"we elect them often.\""
        ])
        #expect(found.last?.speaker == "Bo Lind")
    }
}

@Suite struct AttributionPlaceTests {
    @Test func formerTitleAndPlace_giveTheName() {
        let found = QuoteTestSupport.extract(["\"It is mainstream now,\" said former Gov. Bo Lind of Utah, a Democrat."])
        #expect(found.first?.speaker == "Bo Lind")
    }
}

@Suite struct AttributionDigestTests {
    @Test func dashThenNameAndColon_namesTheAuthor() {
        let speaker = QuoteTestSupport.speakerWords(
            ColonCueRule(), quote: 0, in: ["Pollsters agree - Carla Mendes: \"Keep contacting voters late.\""])
        #expect(speaker == "Carla Mendes")
    }
}
