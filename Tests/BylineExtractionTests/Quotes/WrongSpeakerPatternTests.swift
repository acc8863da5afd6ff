import Testing
@testable import BylineExtraction

/// Session 6 (attr2): constructions where the sieve named the wrong speaker, each on
/// sentences written here, with the neighbouring construction where the rule must not fire.
@Suite struct WrongSpeakerPatternTests {
    @Test func continueTo_isNoVerbOfSaying() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Lane said she is certain Ross will continue to be \"a champion for working families.\""])
        #expect(speaker == "Lane")
        // `"...," he continued.` still cues its quotation.
        let cue = QuoteTestSupport.speakerWords(AdjacentCueRule(), quote: 0, in: ["\"We are not done yet,\" Ross continued."])
        #expect(cue == "Ross")
    }

    @Test func participleCallingForAfterItsNoun_isNoCue() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Lane claimed that remarks by Ross calling for a ban on all imports make him \"the best friend of smugglers.\""])
        #expect(speaker == "Lane")
        // The finite verb reports its subject's demand.
        let finite = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["Ross has called for taxing so-called \"carried interest\" income at a lower rate."])
        #expect(finite == "Ross")
    }

    @Test func cueOfAnEarlierQuotation_doesNotReachPastANewClause() {
        let paragraph = "\"Are we winning?\" she said, but Tom was asleep again, and as Ross went on about \"a rigged system,\" the room emptied."
        #expect(QuoteTestSupport.speakerWords(ReportingClauseRule(), quote: 1, in: [paragraph]) == nil)
        // `, and` goes on with the same speaker's words.
        let same = "Ross is \"smart as a whip,\" Ann Lane wrote in an email, and \"stubborn as a mule.\""
        #expect(QuoteTestSupport.speakerWords(ReportingClauseRule(), quote: 1, in: [same]) == "Ann Lane")
    }

    @Test func documentBySomeone_speaksForItsAuthor() {
        let quotes = QuoteTestSupport.extract([
            "A projection by the consulting firm Harbor Analytics, prepared for the National Grocers Association, predicted that a \"large share of workers\" would lose hours."
        ])
        #expect(quotes.first { $0.kind == .partial }?.speaker == "Harbor Analytics")
        // A participle's object in an apposition is never the speaker.
        let object = QuoteTestSupport.extract([
            "The survey, prepared for the National Grocers Association, said a \"deep unease\" grips shoppers."
        ])
        #expect(object.first { $0.kind == .partial }?.speaker == nil)
    }

    @Test func quotationBetweenDashes_afterAName() {
        let speaker = QuoteTestSupport.speakerWords(
            DashAsideRule(), quote: 0,
            in: [
                "Several Republicans have said the same, including the former nominee Ann Lane -- \"It is disqualifying for any candidate to hide his returns\" -- and a former commissioner."
            ])
        #expect(speaker == "Ann Lane")
        let clause = QuoteTestSupport.speakerWords(
            DashAsideRule(), quote: 0,
            in: ["When Ross finally wrapped up -- \"I will fight for you, and I will win for you\" -- the balloons came down."])
        #expect(clause == "Ross")
    }

    @Test func termBetweenDashes_isNoAside() {
        // A title of two words, and a quotation with no closing dash, name nobody here.
        let term = QuoteTestSupport.speakerWords(
            DashAsideRule(), quote: 0, in: ["Ross signed the bill -- \"The Care Act\" -- in 2010."])
        #expect(term == nil)
        let open = QuoteTestSupport.speakerWords(
            DashAsideRule(), quote: 0, in: ["The crowd cheered Ann Lane -- \"She is the one we have waited for all along.\""])
        #expect(open == nil)
        // The clause's verb must end at the dash: `When Ross met the board of the company --`.
        let long = QuoteTestSupport.speakerWords(
            DashAsideRule(), quote: 0,
            in: ["When Ross met the board of the company -- \"We will build it here and now\" -- nobody spoke."])
        #expect(long == nil)
    }

    @Test func coordinatedNamesInASubjectSegment_giveTheLastName() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["\"We can only wonder what the intent is,\" state Senate leader Jo Hale and House Speaker Tim Ross, both Republicans, said in a statement."])
        #expect(speaker == "Tim Ross")
        // `state` before a title is no verb: one name with it is read whole.
        let single = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We will appeal,\" state Senate leader Jo Hale, a Republican, said."])
        #expect(single == "Jo Hale")
        // Without `and` a name inside the apposition is not the speaker.
        let apposition = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We will appeal,\" Jo Hale, an ally of Tim Ross, said."])
        #expect(apposition == "Jo Hale")
    }

    @Test func participleAfterTheWriter_isSaidByTheNameDoingTheEarlierAction() {
        let quotes = QuoteTestSupport.extract([
            "I'm old enough to remember President Jimmy Carter going on TV in 1977, declaring a \"moral equivalent of war\" against imported oil, and telling Americans that \"we need to shift to coal.\""
        ])
        #expect(quotes.filter { $0.kind != .indirect }.map(\.speaker) == ["Jimmy Carter", "Jimmy Carter"])
        // A sentence subject that speaks keeps the participle.
        let subject = QuoteTestSupport.extract([
            "Mayor Ann Lane watched Governor Tim Ross arriving at the plant, calling it \"a proud day for the town.\""
        ])
        #expect(subject.filter { $0.kind != .indirect }.map(\.speaker) == ["Ann Lane"])
    }

    @Test func participleAfterARelativeClause_isSaidByItsAntecedent() {
        let quotes = QuoteTestSupport.extract([
            "The senator was rallying for an academic named Eric Lund, who is running for Congress and who worked the crowd, praising \"Bernie's genuineness\" as he spoke."
        ])
        #expect(quotes.filter { $0.kind != .indirect }.map(\.speaker) == ["Eric Lund"])
    }
}
