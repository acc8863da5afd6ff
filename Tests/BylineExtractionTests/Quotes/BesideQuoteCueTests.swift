import Testing
@testable import BylineExtraction

/// Session 5 (attr2): cues the sieve used to miss, each on sentences written here.
@Suite struct BesideQuoteCueTests {
    @Test func verbOutsideTheLexicon_cuesOnlyBesideTheQuote() {
        let started = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Everyone is here tonight,\" Hannon started."])
        #expect(started == "Hannon")
        // `started` elsewhere is a plain verb: no cue for a term in the sentence.
        let plain = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Hannon started the \"Freedom\" tour in May."])
        #expect(plain == nil)
    }

    @Test func phrasalVerbOfSpeaking_cuesAfterTheQuote() {
        let wentOn = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"It is a hard year for all of us,\" Mara Lind went on."])
        #expect(wentOn == "Mara Lind")
        let inverted = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Nobody asked for this,\" chimed in Paul Ames, a pollster."])
        #expect(inverted == "Paul Ames")
        // `went on to win` is no cue: the particle must close the clause.
        let clause = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"It was a long night,\" Mara Lind went on to win the seat."])
        #expect(clause == nil)
    }

    @Test func phrasalVerbOfSpeaking_cuesBeforeTheQuote() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["After Jo Brandt attacked her in a debate, Hilda Lane shot back, \"I could have stayed home.\""])
        #expect(speaker == "Hilda Lane")
        // Without the comma or colon the quotation is the verb's object, no words of Lane's.
        let object = QuoteTestSupport.speakerWords(AdjacentCueRule(), quote: 0, in: ["Hilda Lane started \"Open Doors\" in 2004."])
        #expect(object == nil)
    }

    @Test func presentTenseVerb_invertsBeforeAName() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"Our ideas are different,\" agrees Michelle Stone, 30, of Ocala."])
        #expect(speaker == "Michelle Stone")
    }

    @Test func rememberedInverts_andTheNextSentenceContinues() {
        let found = QuoteTestSupport.extract([
            "\"A lot of people said no,\" remembered Roy Vance, the former spokesman. \"And the more they said it, the more she wanted it.\""
        ])
        #expect(found.filter { $0.kind != .indirect }.map(\.speakerText) == ["Roy Vance", "Roy Vance"])
    }

    @Test func nameAfterDigestDash_beforeColon_isTheSpeaker() {
        let found = QuoteTestSupport.extract(["Pollsters agree - Carl Bialko: \"Keep contacting voters as late as possible.\""])
        #expect(found.first?.speakerText == "Carl Bialko")
    }

    @Test func participleAfterUpon_takesTheClauseSubject() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Jo Silverton drew boos upon saying, \"Hillary heard the people.\""])
        #expect(speaker == "Jo Silverton")
    }

    @Test func subjectAfterSubordinator_throughAnApposition() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["The issue came up after Mr. Tramp, asked about the deaths, had said, \"I think we do plenty of that.\""])
        #expect(speaker == "Tramp")
    }

    @Test func subjectInsideAnAside_opensAtTheBracket() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["Most agree (Ralph Lenkin, who coined the word, once said, \"It happened so many times\")."])
        #expect(speaker == "Ralph Lenkin")
    }

    @Test func titleInsideAnApposition_doesNotHideTheSubject() {
        let title = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 1,
            in: ["Sam Solon, a contestant on the show \"The Apprentice,\" who went on to work for him, said his boss was \"always kind and generous.\""])
        #expect(title == "Sam Solon")
        let relative = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 1,
            in: ["Jo Hale, who called the plan \"a disaster,\" said it was \"dead on arrival.\""])
        #expect(relative == "Jo Hale")
        let after = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["\"We had better ones,\" Texas delegate Bill Eastwood, wearing a hat and \"Cruz\" pins, said matter-of-factly."])
        #expect(after == "Bill Eastwood")
        // The quotation itself is no apposition: the name after it speaks.
        let own = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Tramp called it \"great,\" Lee, a senator, said."])
        #expect(own == "Lee")
    }

    @Test func closingCue_afterALongRole() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["\"If the state obtains records, it will search them\" for the group, Justice Department senior trial counsel Carla Wolf wrote in a filing."])
        #expect(speaker == "Carla Wolf")
    }

    @Test func partyInBrackets_isNoAside() {
        let speaker = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Rep. Ed Camber (D-Md.), chair of the Platform Committee, said that it was \"open to every view.\""])
        #expect(speaker == "Ed Camber")
    }

    @Test func messageNounAndComma_introducesAWholeSentence() {
        let speaker = QuoteTestSupport.speakerWords(
            NominalCueRule(), quote: 0, in: ["Tom Hale issued a statement, \"Last night our city was attacked.\""])
        #expect(speaker == "Tom Hale")
        let possessed = QuoteTestSupport.speakerWords(
            NominalCueRule(), quote: 0, in: ["From Bell's Facebook post: \"We must overcome the divisiveness.\""])
        #expect(possessed == "Bell")
        // A fragment after the comma is no sentence of the author's.
        let fragment = QuoteTestSupport.speakerWords(
            NominalCueRule(), quote: 0, in: ["Tom Hale issued a statement, \"final\" in tone."])
        #expect(fragment == nil)
    }

    @Test func closingCue_reachesPastALaterTerm_andARoleBeforeTheName() {
        let found = QuoteTestSupport.extract([
            "His backing will carry \"a great deal of weight\" and bring the \"grass-roots firepower\" they need, DFA spokesman Neil Sroka said."
        ])
        #expect(found.filter { $0.kind != .indirect }.map(\.speakerText) == ["Neil Sroka", "Neil Sroka"])
    }
}

@Suite struct DashIntroductionRuleTests {
    @Test func dashAfterPersonsClause_introducesTheirWords() {
        let speaker = QuoteTestSupport.speakerWords(
            DashIntroductionRule(), quote: 0,
            in: ["Tramp also embraced harsh interrogation -- \"I think it is nothing compared to what they do.\""])
        #expect(speaker == "Tramp")
    }

    @Test func dashBeforeATermOrAnAside_namesNobody() {
        // A fragment, a quotation the sentence goes on after, a subject that is no person.
        let cases = [
            "Tramp attacked the plan -- \"a disaster\" in his words.",
            "Tramp signed the bill -- \"The Care Act\" -- in 2010.",
            "The crowd chanted his name -- \"Tramp! Tramp!\"",
            "When Tramp finished his speech -- \"We will win!\"",
        ]
        for sentence in cases {
            #expect(QuoteTestSupport.speakerWords(DashIntroductionRule(), quote: 0, in: [sentence]) == nil, "\(sentence)")
        }
    }
}

@Suite struct AuthoredMessageIntroductionTests {
    @Test func statementIssued_introducesTheNextQuotedParagraph() {
        let speaker = QuoteTestSupport.speakerWords(
            SpeakerIntroductionRule(), quote: 0,
            in: ["At her direction, Dana Hale issued a statement apologizing to the senator.", "\"On behalf of everyone here, we offer a sincere apology.\""])
        #expect(speaker == "Dana Hale")
    }

    @Test func messageWithoutAnAuthor_orAQuoteInside_namesNobody() {
        // A plural or descriptive subject names nobody; a work that is no message neither.
        let plural = QuoteTestSupport.speakerWords(
            SpeakerIntroductionRule(), quote: 0, in: ["They issued a statement on Monday.", "\"We are sorry.\""])
        #expect(plural == nil)
        let work = QuoteTestSupport.speakerWords(
            SpeakerIntroductionRule(), quote: 0, in: ["Dana Hale released a new album on Monday.", "\"We are sorry.\""])
        #expect(work == nil)
    }
}

@Suite struct PassiveSayingSubjectTests {
    @Test func passiveBeforeInfinitiveOrParticiple_namesItsSubject() {
        let prompted = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["The debate was so calm that Mr. Tramp was prompted to say, \"So far, it has been civil.\""])
        #expect(prompted == "Tramp")
        let heard = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["Jo Hale was heard saying, \"We will win this.\""])
        #expect(heard == "Jo Hale")
    }

    @Test func passiveWithADescriptiveSubject_namesNobody() {
        let speaker = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["The crowd was heard saying, \"We will win this.\""])
        #expect(speaker == nil)
    }
}
