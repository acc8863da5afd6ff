import Testing
@testable import BylineExtraction

/// `as Hale went on about "how the system is rigged"`: the quoted topic of a verb of talking
/// is the subject's (session 7).
@Suite struct TalkingAboutRuleTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func wentOnAbout_isTheSubjects_andSoAreTheCoordinatedQuotations() {
        let found = speakers(
            "Kevin was drifting off, and as Tom Waller went on about \"how the system is rigged,\" and \"wounded families,\" Dana Pike nodded.")
        #expect(found == ["Tom Waller", "Tom Waller"])
    }

    @Test func talkedAbout_andSpokeOf_areTheSubjects() {
        #expect(speakers("Tom Waller talked about the \"forgotten men\" at the rally in Ohio.") == ["Tom Waller"])
        #expect(speakers("Dana Pike spoke of a \"rigged economy\" before she left.") == ["Dana Pike"])
        #expect(speakers("Tom Waller ranted about \"the failing press\" for an hour.") == ["Tom Waller"])
    }

    @Test func cueRecordsVerbAndPreposition() {
        let found = QuoteTestSupport.extract(["Tom Waller talked about the \"forgotten men\" at the rally."])
        #expect(found.first?.cue == "talked about")
    }

    @Test func quotationModifyingANoun_isATerm() {
        #expect(speakers("Tom Waller talked about the \"green energy\" bill at the rally.") == [nil])
    }

    @Test func capitalizedTopic_isATerm() {
        #expect(speakers("Tom Waller talked about the \"Gang of Eight\" at the rally.") == [nil])
    }

    @Test func passive_namesNobody() {
        #expect(speakers("Mark Lund was talked about as \"a real contender\" in Ohio.") == [nil])
    }

    @Test func wentOnToAnotherVerb_isNoTalk() {
        #expect(speakers("Tom Waller went on to win the \"swing\" states.") == [nil])
    }

    @Test func nounTalks_isNoVerb() {
        #expect(speakers("The peace talks on \"the new border\" failed in May.") == [nil])
    }

    @Test func bareFormAfterAPerceptionVerb_isTheHearersAccount() {
        // `heard Lee talk of "..."`: the hearer reports it; the talk's subject is no cue here.
        #expect(speakers("A neighbor heard Mark Lund talk of \"immorality\" in the city.") == [nil])
    }
}
