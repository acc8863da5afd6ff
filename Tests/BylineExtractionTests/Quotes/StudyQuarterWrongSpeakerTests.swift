import Testing
@testable import BylineExtraction

/// Session 13 (attrw): readings that gave a quotation the wrong speaker on the PolNeAR study
/// quarter, each on sentences written here.
@Suite struct StudyQuarterWrongSpeakerTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    // MARK: speaker phrases

    @Test func hometownAndState_beforeTheVerb_leaveThePersonTheSubject() {
        let paragraphs = ["Dana Pike of Dayton, Ohio says she thinks the mayor can win if he keeps \"doing the work.\""]
        #expect(speakers(paragraphs) == ["Dana Pike"])
        // A name after `of` with no person before it stays as it was read.
        let words = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0, in: ["The people of Dayton, Ohio say the plan is \"a fraud.\""])
        #expect(words != "Dana Pike")
        // A name after the comma that is no place is the speaker itself.
        let museum = ["Old paintings should come down from the walls of the City Museum of Art, Tom Waller argues in a \"formal\" lawsuit."]
        #expect(speakers(museum) == ["Tom Waller"])
    }

    @Test func lowerCaseOffice_betweenPlaceAndName_givesTheName() {
        let paragraphs = ["\"He has no friends left in the caucus,\" said former Vermont congressman Tom Waller."]
        #expect(speakers(paragraphs) == ["Tom Waller"])
        #expect(speakers(["\"We will fix the roads,\" said Dayton mayor Nan Ruiz."]) == ["Nan Ruiz"])
    }

    @Test func townAndStateAfterAnInvertedSpeaker_leaveThePerson() {
        let paragraphs = [
            "\"I don't know where he stands,\" said undecided voter Dana Pike of Dayton, Ohio, before the rally. \"He is vague.\""
        ]
        #expect(speakers(paragraphs) == ["Dana Pike", "Dana Pike"])
        // A role set off from a name by its comma still names that person.
        #expect(speakers(["\"We are ready,\" said the board's director, Paul Grant."]) == ["Paul Grant"])
    }

    @Test func outletJoinedToASecondTitle_beforeANameAndASingularVerb() {
        let paragraphs = [
            "Daily Ledger and former radio host Nan Ruiz has urged modesty, telling graduates, \"Nobody is too big for a small job.\""
        ]
        #expect(speakers(paragraphs) == ["Nan Ruiz"])
        let two = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Tom Waller and campaign manager Nan Ruiz have urged calm, telling staff to \"keep going.\""])
        #expect(two != "Nan Ruiz")
    }

    @Test func programNameWithFunctionWord_andHyphenatedRole_beforeTheName() {
        let paragraphs = [
            "\"Voters want to hear from her,\" Good Day This Week co-host Lena Marsh said. \"She rarely does it.\""
        ]
        #expect(speakers(paragraphs) == ["Lena Marsh", "Lena Marsh"])
    }

    // MARK: a cue after a full stop that opens the next statement

    @Test func verbWithColonAfterAFullStop_introducesTheNextQuotation() {
        let paragraphs = [
            "\"We are farmers,\" Ms. Adler said. \"We are not thieves.\" Mr. Brandt said: \"The fire was set by others.\""
        ]
        #expect(speakers(paragraphs) == ["Adler", "Adler", "Brandt"])
    }

    @Test func verbWithItsOwnClauseAfterAFullStop_isNoCueForTheQuotation() {
        let words = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0,
            in: ["\"That has no place in a campaign.\" Gov. Tom Waller said he would have fired the man."])
        #expect(words == nil)
        // Without a clause after it, the verb still signs the quotation its comma left out.
        let signed = QuoteTestSupport.speakerWords(
            AdjacentCueRule(), quote: 0, in: ["\"We will find the missing files.\" Tom Waller said."])
        #expect(signed == "Tom Waller")
    }

    // MARK: verbs only beside the quotation

    @Test func besideVerbWithAMannerPhrase_cuesTheQuotation() {
        let paragraphs = [
            "\"Look at all the people here,\" Nan Ruiz said with a smile.",
            "\"They came for the free food,\" Tom Waller shot back with a laugh.",
        ]
        #expect(speakers(paragraphs) == ["Nan Ruiz", "Tom Waller"])
    }

    @Test func describedNameBeforeABesideVerb_cuesTheQuotation() {
        let paragraphs = [
            "\"The town is finished,\" Tom Waller claimed.",
            "\"The town will always be here,\" an angry Nan Ruiz retaliated.",
        ]
        #expect(speakers(paragraphs) == ["Tom Waller", "Nan Ruiz"])
    }

    // MARK: verbs of saying used as other words

    @Test func participleAfterAnArticle_isAnAdjective() {
        let paragraphs = ["Tom Waller told the Dayton Ledger in a written statement, \"I do not want his support.\""]
        #expect(speakers(paragraphs) == ["Tom Waller"])
    }

    @Test func sFormAfterAQuantifier_isAPluralNoun() {
        let words = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["The plan has worried many Baltic states, and it has used \"soft words\" with them, said Nan Ruiz, an analyst."])
        #expect(words == "Nan Ruiz")
    }

    @Test func continuingWithAnObject_isNoCue() {
        let words = QuoteTestSupport.speakerWords(
            ReportingClauseRule(), quote: 0,
            in: ["Any fair reading, said Nan Ruiz, an analyst, sees the country bowing out of continuing the war, seeing a deal as \"the best way out.\""])
        #expect(words == "Nan Ruiz")
    }

    // MARK: possessed phrases

    @Test func possessedRemarksNamedByAVerb_areTheNamersWords() {
        let paragraphs = ["Speaker Tom Waller on Tuesday called Nan Ruiz's remarks about a judge \"shameful,\" a rare rebuke."]
        #expect(speakers(paragraphs) == ["Tom Waller"])
        // Without the verb of naming the possessor still owns the words in her remark's complement.
        #expect(speakers(["Nan Ruiz's remarks about a judge \"crossed a line.\""]) != ["Tom Waller"])
        // A quotation inside the complement (after its article) is still the possessor's.
        let inside = QuoteTestSupport.speakerWords(
            PossessedPhraseRule(), quote: 0,
            in: ["Tom Waller called Nan Ruiz's assertion of a \"right to privacy\" over her files \"troubling.\""])
        #expect(inside == "Nan Ruiz")
    }

    @Test func numberAndWord_labellingAPossessedComment_areThePossessors() {
        let words = QuoteTestSupport.speakerWords(
            PossessedPhraseRule(), quote: 0, in: ["Tom Waller's \"99 percent\" comment was as harsh as anything said that year."])
        #expect(words == "Tom Waller")
    }

    // MARK: a report inside another

    @Test func fragmentInAReportInsideAnotherReport_isTheOuterSpeakers() {
        let paragraphs = ["Rep. Nan Ruiz (D-Ohio) said Waller called on members to be \"closely coordinated.\""]
        #expect(speakers(paragraphs) == ["Nan Ruiz"])
        let told = QuoteTestSupport.speakerWords(
            OuterReportRule(), quote: 0,
            in: ["Mr. Ames said Mr. Waller had told donors that he would end the policy of \"no surprises\" at once."])
        #expect(told == "Ames")
        let phrase = QuoteTestSupport.speakerWords(
            OuterReportRule(), quote: 0,
            in: ["Waller said during a rally in Akron that Ruiz once described the deal as \"the best ever\" in May."])
        #expect(phrase == "Waller")
    }

    @Test func wholeQuotationOrSameSpeaker_isLeftToTheOtherRules() {
        // A quotation the comma opens is the inner speaker's, as said aloud.
        #expect(
            QuoteTestSupport.speakerWords(
                OuterReportRule(), quote: 0, in: ["Nan Ruiz said Waller told her, \"Go home now.\""]) == nil)
        // `she said she` is one person.
        #expect(
            QuoteTestSupport.speakerWords(
                OuterReportRule(), quote: 0, in: ["Nan Ruiz said she called the plan \"a mess.\""]) == nil)
    }
}
