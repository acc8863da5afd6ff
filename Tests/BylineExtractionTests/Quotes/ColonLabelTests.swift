import Testing
@testable import BylineExtraction

/// `Rep. Jo Hale (R-Ohio): "..."`: a titled name that is the whole clause before a colon
/// labels the quotation, as in a transcript excerpt (session 7).
@Suite struct ColonLabelTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func titledNameWithPartyAndState_labelsTheQuotation() {
        #expect(speakers(["Rep. Tom Waller (R-Ohio): \"I have not heard anyone other than you say that.\""]) == ["Tom Waller"])
    }

    @Test func titledNameWithoutSpace_labelsTheQuotation() {
        #expect(speakers(["Sen. Dana Pike:\"We learned that from the department.\""]) == ["Dana Pike"])
    }

    @Test func nameAfterAVerb_isNoLabel() {
        // The clause before the colon is a sentence about the name, not the name alone.
        #expect(speakers(["The crowd chanted for Tom Waller: \"Four more years!\""]) == [nil])
    }
}

/// `Hale issued a statement on Monday: "..."`: a message named before the colon introduces
/// its author's words (session 7).
@Suite struct ColonMessageTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func statementIssuedBeforeTheColon_isTheSubjects() {
        #expect(speakers(["Tom Waller issued a statement on Monday: \"We will win this fight.\""]) == ["Tom Waller"])
    }

    @Test func captionOfAPost_isThePostersWords() {
        #expect(speakers(["Tom Waller posted a video on Twitter with the caption: \"We will win this fight.\""]) == ["Tom Waller"])
    }

    @Test func possessedTweetThatReads_isThePossessors() {
        #expect(speakers(["Tom Waller's tweet read: \"We will win this fight.\""]) == ["Tom Waller"])
    }

    @Test func statementFromANameThatReads_isTheNames() {
        #expect(speakers(["A statement from Tom Waller read: \"We will win this fight.\""]) == ["Tom Waller"])
    }

    @Test func responseToSomeoneElsesStatement_isTheResponders() {
        #expect(speakers(["Dana Pike responded to Tom Waller's statement: \"That is a lie.\""]) == ["Dana Pike"])
    }

    @Test func messageOfNoPerson_namesNobody() {
        #expect(speakers(["The crowd held up a sign with the message: \"We will win this fight.\""]) == [nil])
    }
}

/// Words added to the lexicon in session 7: `echoed` cues a quotation, `deemed` and
/// `pronounced` name their object in the subject's words.
@Suite struct SessionSevenLexiconTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func echoed_cuesAQuotation() {
        #expect(speakers(["\"We will win,\" Tom Waller echoed."]) == ["Tom Waller"])
    }

    @Test func deemedAndPronounced_nameTheObject() {
        #expect(speakers(["Tom Waller deemed the plan \"unworkable.\""]) == ["Tom Waller"])
        #expect(speakers(["Tom Waller pronounced the plan \"dead.\""]) == ["Tom Waller"])
    }

    @Test func passivePronounced_namesNobody() {
        #expect(speakers(["The plan was pronounced \"dead\" by noon."]) == [nil])
    }
}

/// `Hale's verdict: "..."`, `Hale offered a blunt assessment: "..."`, `Hale bragged that ...`.
@Suite struct ColonJudgmentTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func judgmentBeforeTheColon_isItsAuthors() {
        #expect(speakers(["Tom Waller's verdict: \"This plan is a disaster.\""]) == ["Tom Waller"])
        #expect(speakers(["Tom Waller offered a blunt assessment: \"We will win this fight.\""]) == ["Tom Waller"])
    }

    @Test func bragged_reportsAClause() {
        #expect(speakers(["Tom Waller bragged that the plan was \"a huge success.\""]) == ["Tom Waller"])
    }

    @Test func someoneElsesVerdictAfterAVerb_isNotTheirs() {
        #expect(speakers(["Dana Pike laughed at Tom Waller's verdict: \"This plan is a disaster.\""]) != ["Tom Waller"])
    }
}
