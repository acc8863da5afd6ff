import Testing
@testable import BylineExtraction

/// `Hale was blunt. "..."`, `Lee put it this way: "..."`: a clause telling how a person spoke
/// sets up the quotation after it (session 8).
@Suite struct MannerPredicateRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(MannerPredicateRule(), quote: 0, in: paragraphs)
    }

    @Test func mannerAdjectiveAfterCopula_setsUpTheSpeaker() {
        #expect(speakers(["Dana Pike was blunt. \"This plan will fail.\""]) == ["Dana Pike"])
        #expect(speakers(["Governor Lena Ortiz was even more direct. \"The plan is dead.\""]) == ["Lena Ortiz"])
        #expect(speakers(["Tom Waller was more guarded. \"We could lose Ohio.\""]) == ["Tom Waller"])
    }

    @Test func phrasesOfManner_setUpTheSpeaker() {
        #expect(ruleSpeaker(["Tom Waller put it this way. \"We either fix it or we lose.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Dana Pike went a step further. \"This bill is a betrayal.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Carla Mendes didn't mince words. \"He lied to us.\""]) == "Carla Mendes")
        #expect(ruleSpeaker(["Tom Waller had a simpler explanation. \"People are tired.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Asked about the polls, Tom Waller laughed. \"Polls don't vote.\""]) == "Tom Waller")
    }

    @Test func addressingPeople_rememberingOrSeeingItAWay_setUpTheSpeaker() {
        #expect(ruleSpeaker(["Dana Pike then addressed the crowd. \"We will win this state.\""]) == "Dana Pike")
        #expect(ruleSpeaker(["Tom Waller remembers the day well. \"It was raining.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Tom Waller doesn't see it that way. \"We have the votes.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Dana Pike took the stage in Dayton. \"We will win this state.\""]) == "Dana Pike")
    }

    @Test func colonOrCommaAfterTheClause_introducesTheQuotation() {
        #expect(speakers(["Dana Pike went further: \"This bill is a betrayal of every worker.\""]) == ["Dana Pike"])
        #expect(speakers(["Dana Pike, for her part, was defiant: \"I'm not going anywhere.\""]) == ["Dana Pike"])
        #expect(speakers(["Tom Waller shrugged, \"It changes nothing.\""]) == ["Tom Waller"])
    }

    @Test func clauseClosingTheParagraphBefore_setsUpAQuotedParagraph() {
        #expect(speakers(["Carla Mendes was unapologetic.", "\"I'd do it again.\""]) == ["Carla Mendes"])
    }

    @Test func questionPutToThePerson_setsUpTheAnswer_butAColonQuotesTheAsker() {
        #expect(ruleSpeaker(["Tom Waller was asked whether he would run again. \"Not this year.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Tom Waller was asked: \"Will you run again?\""]) == nil)
    }

    @Test func descriptionHoldingAName_isNoNamedSubject() {
        #expect(ruleSpeaker(["The New York businessman was blunt. \"We will win.\""]) == nil)
    }

    @Test func sentenceWithoutAMannerPredicate_setsUpNobody() {
        #expect(speakers(["Tom Waller arrived late. \"We are ready.\""]) == [nil])
        #expect(speakers(["Tom Waller was tired. \"We are ready.\""]) == [nil])
        #expect(ruleSpeaker(["Dana Pike put it on hold. \"Nothing moves until May.\""]) == nil)
        #expect(ruleSpeaker(["Tom Waller had heard the warning. \"Nothing moves until May.\""]) == nil)
    }

    @Test func moodOrOutlook_isNoMannerOfSpeaking() {
        #expect(ruleSpeaker(["Tom Waller is upbeat about the senator's chances. \"He can win.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike was confident. \"We have the votes.\""]) == nil)
    }

    @Test func subjectThatNamesNobody_orAGroup_setsUpNobody() {
        #expect(ruleSpeaker(["The crowd was defiant. \"We will stay.\""]) == nil)
        #expect(ruleSpeaker(["Critics of Dana Pike were blunt. \"She failed.\""]) == nil)
    }

    @Test func predicateGoingOnIntoAnotherClause_setsUpNobody() {
        #expect(ruleSpeaker(["Dana Pike was blunt when Tom Waller spoke. \"He failed.\""]) == nil)
    }

    @Test func lowerCaseQuotation_orParagraphInBetween_isLeftAlone() {
        #expect(ruleSpeaker(["Dana Pike was blunt: \"a failure\" was her word for it."]) == nil)
        #expect(ruleSpeaker(["Dana Pike was blunt.", "The vote is on Tuesday.", "\"He failed.\""]) == nil)
    }
}
