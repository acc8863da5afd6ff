import Testing
@testable import BylineExtraction

/// `Pike defended the decision. "We had no other choice."`: a named person's stand, summed up
/// without a verb of saying, sets up the quotation after it (session 11).
@Suite struct StanceIntroductionRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String], quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(StanceIntroductionRule(), quote: quote, in: paragraphs)
    }

    @Test func stanceSentence_setsUpTheNextQuotation() {
        #expect(speakers(["Dana Pike defended the decision on Tuesday. \"We had no other choice.\""]) == ["Dana Pike"])
        #expect(ruleSpeaker(["Jo Hale outlined his plan for the first hundred days. \"We start with the bridges.\""]) == "Jo Hale")
        #expect(ruleSpeaker(["Tom Waller identified the cost of delay as the main concern.", "\"Every week we wait costs the state a million dollars.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Lena Ortiz laid out her case against the merger. \"It would close three plants.\""]) == "Lena Ortiz")
    }

    @Test func subjectWithBracketsAndApposition_isStillTheSpeaker() {
        #expect(ruleSpeaker(["On Sunday, Sen. Dana Pike (D-Ohio), who lost the primary to Waller, identified high rents as the reason. \"Young people cannot afford to live here.\""]) == "Dana Pike")
    }

    @Test func noNamedSubject_orNoStance_setsUpNothing() {
        #expect(ruleSpeaker(["Police identified the driver on Monday. \"It was a terrible accident.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike arrived late. \"Nobody expected it.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike called Waller on Monday. \"He never answered.\""]) == nil)
    }

    @Test func introductionWithQuotationAfterItsSubject_orFarAway_isLeftAlone() {
        #expect(ruleSpeaker(["Dana Pike defended what she called \"common sense\" rules. \"We had no other choice.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike defended the decision.", "The vote is on Friday.", "\"We had no other choice.\""]) == nil)
    }
}

extension StanceIntroductionRuleTests {
    @Test func showTitleInTheOpeningPhrase_isNoQuotationOfTheIntroduction() {
        #expect(ruleSpeaker(["On \"Meet the Voters,\" Sen. Dana Pike (Ohio), who lost the primary to Waller, identified high rents as the reason. \"Young people cannot afford to live here.\""], quote: 1) == "Dana Pike")
    }
}
