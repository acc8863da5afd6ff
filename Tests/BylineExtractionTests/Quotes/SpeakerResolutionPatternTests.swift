import Testing
@testable import BylineExtraction

/// Speaker resolution conventions found in held-out news (PolNeAR train, tuning half), on sentences
/// written here: which person a cue's subject, pronoun or title phrase names.
@Suite struct SpeakerResolutionPatternTests {
    @Test func participleAfterPostposedCue_takesThatCuesSpeaker() {
        let found = QuoteTestSupport.extract([
            "Lena Ortiz and Tom Waller will meet next week, Dana Pike said, adding, \"They need a long talk.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func participleAfterQuotedCue_ignoresPronounsInsideTheQuotation() {
        let found = QuoteTestSupport.extract([
            "\"I respect Tom Waller. He is a fine leader,\" Dana Pike said at a rally in Reno, adding that she would \"gladly\" take his help."
        ])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike", "Dana Pike"])
    }

    @Test func participleAfterReportedClause_keepsTheSentenceSubject() {
        let found = QuoteTestSupport.extract([
            "Dana Pike said Tom Waller had lost, adding that he was \"finished.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func openingSubordinateClause_holdsNoSubject() {
        let found = QuoteTestSupport.extract([
            "When Tom Waller retired in 2001, Governor Dana Pike released the following statement: \"We owe him much.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func openingPrepositionalPhrase_holdsNoSubject() {
        let found = QuoteTestSupport.extract([
            "After the Denver rally, Dana Pike released a new ad calling the plan \"reckless.\""
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func openingOfPhrase_isNoAppositionSubject() {
        let found = QuoteTestSupport.extract(["Of Waller, Pike, who has backed Lena Ortiz, said, \"He is a good man.\""])
        #expect(found.first?.speaker == "Pike")
    }

    @Test func datelineWithAgency_isNoSubject() {
        let found = QuoteTestSupport.extract([
            "Boston (AFP) – Senator Dana Pike has taken a swipe at her rival, saying that \"loud words\" do harm."
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
    }

    @Test func datelineInCapitals_isNoSubject() {
        let found = QuoteTestSupport.extract([
            "BOSTON, Mass. -- Dana Pike spoke on Monday, saying the race was \"over.\""
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
    }

    @Test func cueInsideOpeningClause_takesThatClausesSubject() {
        let found = QuoteTestSupport.extract([
            "When Dana Pike defended her remarks calling the plan \"bold\" last week, Tom Waller disagreed."
        ])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func invertedCue_roleBetweenNames_givesTheLaterName() {
        let found = QuoteTestSupport.extract(["\"We will win,\" said Waller constituent Dana Pike."])
        #expect(found.first?.speaker == "Dana Pike")
        let cohost = QuoteTestSupport.extract(["\"Imagine that,\" mused Radio co-host Lena Ortiz."])
        #expect(cohost.first?.speaker == "Lena Ortiz")
    }

    @Test func invertedCue_ordinalRank_givesTheName() {
        let found = QuoteTestSupport.extract(["\"I expected better,\" said Air Force 1st Lt. Dana Pike."])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func invertedCue_titlesJoinedByAnd_giveTheName() {
        let found = QuoteTestSupport.extract([
            "\"He is back,\" said former Ohio Gov. and Democratic Party Chairman Tom Waller."
        ])
        #expect(found.first?.speaker.map { $0.hasSuffix("Tom Waller") } == true)
    }

    @Test func apposition_nameBeforeParenthesis_isTheSpeaker() {
        let found = QuoteTestSupport.extract([
            "Rep. Dana Pike (D-Md.), chair of the Rules Committee, said that it was \"fully committed\" to reform."
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
    }

    @Test func wholeSentenceQuote_withoutComma_takesTheCueAfterIt() {
        let found = QuoteTestSupport.extract(["\"The caucus is a battle of niches\" Dana Pike said. \"Ethanol is one.\""])
        #expect(found.map(\.speaker) == ["Dana Pike", "Dana Pike"])
        let inverted = QuoteTestSupport.extract(["\"For months we waited\" said Tom Waller, a spokesman."])
        #expect(inverted.first?.speaker == "Tom Waller")
    }

    @Test func fragmentWithoutComma_takesNoCueAfterIt() {
        let found = QuoteTestSupport.extract(["The \"deconfliction\" Tom Waller said was \"vital\" to both sides."])
        #expect(found.first?.speaker == nil)
    }

    @Test func pronoun_prefersTheSentenceSubjectOverANameModifier() {
        let paragraphs = [
            "Waller spokesman Tom Pike said the campaign would show that Waller has \"real principles,\" he said."
        ]
        let entities = [
            QuoteTestSupport.person("Ed Waller", aliases: ["Waller"], gender: .male, in: paragraphs),
            QuoteTestSupport.person("Tom Pike", gender: .male, in: paragraphs),
        ]
        let found = QuoteTestSupport.extract(paragraphs, entities: entities)
        #expect(found.first { $0.kind != .indirect }?.speaker == "Tom Pike")
    }

    @Test func pronoun_prefersTheMainClauseSubjectOverAnOpeningPhrase() {
        let paragraphs = [
            "With a vote for Waller ruled out, Pike said he would back Ortiz, whom he called \"the best of a bad lot.\""
        ]
        let entities = [
            QuoteTestSupport.person("Ed Waller", aliases: ["Waller"], gender: .male, in: paragraphs),
            QuoteTestSupport.person("Tom Pike", aliases: ["Pike"], gender: .male, in: paragraphs),
            QuoteTestSupport.person("Lena Ortiz", aliases: ["Ortiz"], gender: .female, in: paragraphs),
        ]
        let found = QuoteTestSupport.extract(paragraphs, entities: entities)
        #expect(found.first { $0.kind != .indirect }?.speaker == "Tom Pike")
    }

    @Test func pronoun_skipsAnIncompatibleSubject() {
        let paragraphs = ["Tom Pike praised Lena Ortiz on Monday. \"She will win,\" she said."]
        let entities = [
            QuoteTestSupport.person("Tom Pike", gender: .male, in: paragraphs),
            QuoteTestSupport.person("Lena Ortiz", gender: .female, in: paragraphs),
        ]
        let found = QuoteTestSupport.extract(paragraphs, entities: entities)
        #expect(found.first { $0.kind != .indirect }?.speaker == "Lena Ortiz")
    }

    @Test func parentheticalInvertedCue_namesTheSpeakerAfterTheVerb() {
        let found = QuoteTestSupport.extract([
            "The secret of Waller, says Dana Pike, a historian at the library, is that he was \"a born listener.\""
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
        let opening = QuoteTestSupport.extract(["Because the rules changed, explained Tom Pike, \"nobody knew the date.\""])
        #expect(opening.first { $0.kind != .indirect }?.speaker == "Tom Pike")
    }

    @Test func sentenceEndingWithItsCue_announcesTheQuotation() {
        let agreed = QuoteTestSupport.extract(["Dana Pike agreed. \"Time is running out for the party.\""])
        #expect(agreed.first?.speaker == "Dana Pike")
        let statement = QuoteTestSupport.extract([
            "Tom Waller, a party spokesman, said in a statement. \"There are no ballots to recount.\""
        ])
        #expect(statement.first?.speaker == "Tom Waller")
    }

    @Test func sentenceWithContent_announcesNoQuotation() {
        let found = QuoteTestSupport.extract(["Dana Pike said the vote was close. \"Nobody expected it.\""])
        #expect(found.first { $0.kind != .indirect }?.cue != "said" || found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
        let plain = QuoteTestSupport.extract(["Dana Pike arrived late. \"Nobody expected it.\""])
        #expect(plain.first?.speaker == nil)
    }

    @Test func participleAfterARecipient_isTheClauseSubjects() {
        let letter = QuoteTestSupport.extract([
            "Mayor Dana Pike wrote a letter to Attorney General Tom Waller asking him to investigate the \"fiasco.\""
        ])
        #expect(letter.first?.speaker == "Dana Pike")
        let video = QuoteTestSupport.extract(["The campaign released a video of Tom Waller saying \"never again.\""])
        #expect(video.first?.speaker == "Tom Waller")
    }

    @Test func weekdayBetweenSubjectAndVerb_isSkipped() {
        let found = QuoteTestSupport.extract(["Dana Pike later Thursday told Fox News: \"Both of them will meet next week.\""])
        #expect(found.first?.speaker == "Dana Pike")
    }

    @Test func introductionParagraph_namesTheNextParagraphsSpeaker() {
        let found = QuoteTestSupport.extract([
            "Dana Pike praised the governor's record on the storm.", "\"We need someone who gets things done.\"",
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
    }

    @Test func paragraphWithoutSpeechVerb_introducesNobody() {
        let found = QuoteTestSupport.extract(["Dana Pike arrived in Reno on Monday.", "\"We need someone who gets things done.\""])
        #expect(found.first?.speaker == nil)
    }

    @Test func appositionWithoutClosingComma_isNotTheSpeaker() {
        let found = QuoteTestSupport.extract([
            "Dana Pike, the communications director for the Iowa Democratic Party said in a statement: \"There is nothing to recount.\""
        ])
        #expect(found.first { $0.kind != .indirect }?.speaker == "Dana Pike")
    }
}
