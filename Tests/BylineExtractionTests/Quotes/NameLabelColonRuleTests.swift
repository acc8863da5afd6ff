import Testing
@testable import BylineExtraction

/// `Tom Waller, on the economy: "..."`, `Pike in 2012: "..."`: a name opening a verbless label
/// before a colon is the quotation's speaker (session 11).
@Suite struct NameLabelColonRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(NameLabelColonRule(), quote: 0, in: paragraphs)
    }

    @Test func nameWithWhoWhenOrWhat_labelsTheQuotation() {
        #expect(speakers(["Tom Waller, on the economy: \"The recovery has not reached small towns yet.\""]) == ["Tom Waller"])
        #expect(ruleSpeaker(["Jo Hale, 45, Dayton: \"We need jobs more than anything else.\""]) == "Jo Hale")
        #expect(ruleSpeaker(["Ana Mendes, a teacher from Toledo: \"Nobody listens to teachers in this town.\""]) == "Ana Mendes")
        #expect(ruleSpeaker(["Dana Pike in 2012: \"I will never raise taxes on the middle class.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Dana Pike, in a 2015 interview with CNN: \"I might have to raise taxes.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Tom Waller, speaking to reporters on Monday: \"I am not going anywhere.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Ana Mendes, who voted for Waller twice: \"I regret it now.\""]) == "Ana Mendes")
    }

    @Test func clauseWithAVerb_isNoLabel() {
        #expect(ruleSpeaker(["Dana Pike, in a tweet on Monday, mocked the plan: \"What a joke.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike was clear on Monday: \"No more delays.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike saw the results: \"We lost.\""]) == nil)
    }

    @Test func wordsOfAnotherSource_orTwoPeople_areLeftAlone() {
        #expect(ruleSpeaker(["Dana Pike, according to Waller: \"I never wanted this job.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike, quoting Lincoln: \"A house divided cannot stand.\""]) == nil)
        #expect(ruleSpeaker(["Jo Hale, 45, and his wife, Ann, 44: \"We need jobs.\""]) == nil)
    }

    @Test func nameNotOpeningTheSentence_orATerm_isLeftAlone() {
        #expect(ruleSpeaker(["The view of Dana Pike, on the economy: \"The recovery has not come.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike, on the economy: \"jobs first\" and nothing else."]) == nil)
    }

    @Test func titlesBeforeTheName_stillLabel() {
        #expect(ruleSpeaker(["Former secretary of state Dana Pike: \"We learned that from the department.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Democratic presidential candidate Dana Pike, in a debate on Oct. 13: \"I will not raise taxes.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Former Ohio governor Tom Waller, on Fox News: \"I would not have gone to war.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Rep. Jo Hale (R-S.C.), during the hearing: \"Who told you that?\""]) == "Jo Hale")
    }

    @Test func wordsThatAreNoTitle_beforeTheName_labelNobody() {
        #expect(ruleSpeaker(["Critics of Dana Pike: \"She has never run anything.\""]) == nil)
        #expect(ruleSpeaker(["The crowd in Dayton, on Monday: \"Four more years!\""]) == nil)
    }
}
