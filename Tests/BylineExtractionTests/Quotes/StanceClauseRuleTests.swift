import Testing
@testable import BylineExtraction

/// `Hale expressed confidence that the audit would not be an issue "in any way"`: a quotation
/// in a `that` clause governed by a stated stance, a post or a noun of saying is the
/// governor's subject's or owner's (session 8).
@Suite struct StanceClauseRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func expressedStance_isTheSubjects() {
        #expect(speakers("Dana Pike expressed confidence that the audit would not be a problem \"in any way.\"") == ["Dana Pike"])
        #expect(speakers("Tom Waller voiced deep concern that the deal was \"a giveaway to lobbyists.\"") == ["Tom Waller"])
        #expect(speakers("Dana Pike made it clear that the plan was \"dead on arrival.\"") == ["Dana Pike"])
    }

    @Test func postedThat_isTheSubjects() {
        #expect(speakers("Tom Waller posted on Facebook late Friday that the rally had been \"a huge success.\"") == ["Tom Waller"])
        #expect(speakers("Dana Pike did post on Twitter that her remarks were \"sarcasm\" and nothing more.") == ["Dana Pike"])
    }

    @Test func possessorsNounOfSaying_withALongClause_isThePossessors() {
        #expect(
            speakers("Senator Ron Vance's pointed suggestion at a crowded debate that she was \"likable enough\" drew boos.")
                == ["Ron Vance"])
        #expect(
            speakers("Carl Moss's aside that the workers, whom the mayor praised in her speech, were \"well paid\" drew criticism.")
                == ["Carl Moss"])
    }

    @Test func nounOfSayingByAName_isTheAgents() {
        #expect(speakers("It was a report by the Ledger that he \"invented\" the story of his childhood.") == ["Ledger"])
    }

    @Test func cueRecordsTheGoverningWords() {
        let found = QuoteTestSupport.direct(["Dana Pike expressed confidence that the audit would be \"routine.\""])
        #expect(found.first?.cue == "expressed confidence that")
    }

    @Test func postAsANounWithItsAuthor_isNoPostingVerb() {
        // `a Twitter post by Jo Hale that read, "..."`: `post` is a noun; the relative clause
        // `that read` is no clause of content.
        let found = QuoteTestSupport.direct(["I noticed a Twitter post by the writer Tom Waller that read, \"the end is near,\" and sighed."])
        #expect(found.first?.cue != "post")
    }

    @Test func nounWithoutOwner_namesNobody() {
        #expect(speakers("The claim that the vote was \"rigged\" spread quickly online.") == [nil])
    }

    @Test func relativeClauseAfterTheNoun_isNoComplement() {
        // `that angered voters` says something about the remark; the quotation is the writer's.
        #expect(speakers("Tom Waller's remark that angered voters was \"crude\" by any measure.") == [nil])
    }

    @Test func secondVerbOfBeing_belongsToTheSentenceAroundTheNoun() {
        let sentence = ["Tom Waller's claim that the mayor was corrupt is \"baseless\" by every account."]
        #expect(QuoteTestSupport.speakerWords(StanceClauseRule(), quote: 0, in: sentence) == nil)
    }

    @Test func verbOfSayingInsideTheClause_leavesItToThatVerb() {
        // The stance's clause holds a report of its own: Lee's words, not Pike's.
        #expect(speakers("Dana Pike expressed concern that voters believed Lee, who told them the vote was \"rigged.\"") != ["Dana Pike"])
    }

    @Test func stanceNounWithoutAnExpressingVerb_namesNobody() {
        #expect(speakers("There is growing concern that the bridge is \"unsafe\" for trucks.") == [nil])
    }

    @Test func scareQuoteOutsideAnyClause_staysSpeakerless() {
        #expect(speakers("Tom Waller visited a military \"deconfliction\" hotline on Monday.") == [nil])
    }
}
