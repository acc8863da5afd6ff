import Testing
@testable import BylineExtraction

/// `The company has billed itself as "the people's airline"`: the name a subject gives itself
/// is the subject's words (session 8).
@Suite struct SelfDescriptionRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func reflexivePresentation_isTheSubjects() {
        #expect(speakers("For years, Dana Pike has billed herself as \"the people's senator\" on the trail.") == ["Dana Pike"])
        #expect(speakers("Tom Waller positioned himself as a \"problem solver\" in the race.") == ["Tom Waller"])
    }

    @Test func goesBy_isTheNicknamesOwner() {
        #expect(speakers("Tom Waller, who goes by \"Red,\" was among the first to arrive.") == ["Tom Waller"])
    }

    @Test func cueRecordsTheVerb() {
        let found = QuoteTestSupport.direct(["Tom Waller positioned himself as a \"problem solver\" in the race."])
        #expect(found.first?.cue == "positioned")
    }

    @Test func objectOtherThanTheSubject_isNoSelfDescription() {
        #expect(speakers("The organizers billed the event as \"the party of the year\" in town.") == [nil])
    }

    @Test func passive_namesNobody() {
        #expect(speakers("The fair is billed as \"the biggest in the state\" every summer.") == [nil])
    }

    @Test func cognitionIsNoWording() {
        // `sees himself as`: a view the writer reports, not words the subject used (this rule
        // stays out; the characterization rule reads `X as "..."` on its own terms).
        let sentence = ["Tom Waller sees himself as a \"problem solver\" in the race."]
        #expect(QuoteTestSupport.speakerWords(SelfDescriptionRule(), quote: 0, in: sentence) == nil)
    }
}
