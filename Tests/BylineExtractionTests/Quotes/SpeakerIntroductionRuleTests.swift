import Testing
@testable import BylineExtraction

/// `Hale agreed. "..."`: a sentence reporting someone's words introduces the quotation after it.
@Suite struct SpeakerIntroductionRuleTests {
    private func speaker(_ paragraphs: [String], quote: Int = 0) -> String? {
        QuoteTestSupport.speakerWords(SpeakerIntroductionRule(), quote: quote, in: paragraphs)
    }

    @Test func reportingSentenceBeforeQuotation_introducesTheSpeaker() {
        #expect(speaker(["Pollster Dana Hale agreed. \"Turnout will decide this race.\""]) == "Dana Hale")
        #expect(speaker(["Carla Mendes said in a statement. \"We will appeal.\""]) == "Carla Mendes")
    }

    @Test func introductionEndingTheParagraph_introducesTheNextOnesQuotation() {
        let paragraphs = ["Tom Waller praised the governor's handling of the storm.", "\"We need someone who gets things done.\""]
        #expect(speaker(paragraphs) == "Tom Waller")
    }

    @Test func infinitiveOfSaying_introducesTheSubject() {
        #expect(speaker(["Tom Waller was quick to add that the wall is still planned. \"Building it? Not negotiable.\""]) == "Tom Waller")
    }

    @Test func question_isAnsweredBySomeoneElse() {
        #expect(speaker(["Carla Mendes asked Tom Waller whether he would run. \"Not this year.\""]) == nil)
    }

    @Test func sentenceWithoutReporting_introducesNobody() {
        #expect(speaker(["Tom Waller arrived late. \"We are ready.\""]) == nil)
    }

    @Test func introductionWithItsOwnQuotation_isLeftToContinuation() {
        #expect(speaker(["Tom Waller called it \"a disaster\" on Monday. \"Nobody wanted this.\""]) == nil)
    }

    @Test func quotationInsideTheSentence_isNotIntroduced() {
        #expect(speaker(["Carla Mendes agreed. She called it \"a disaster.\""]) == nil)
    }

    @Test func paragraphInBetween_breaksTheIntroduction() {
        let paragraphs = ["Tom Waller praised the governor.", "The storm left thousands without power.", "\"We rebuilt fast.\""]
        #expect(speaker(paragraphs) == nil)
    }
}
