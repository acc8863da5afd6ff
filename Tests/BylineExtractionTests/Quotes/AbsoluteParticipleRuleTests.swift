import Testing
@testable import BylineExtraction

/// `..., with Dana Pike reportedly shouting: "Get out!"`: the subject of an absolute `with`
/// phrase whose participle is a verb of saying speaks the quotation after it (session 13).
@Suite struct AbsoluteParticipleRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func shoutedWithAColon_namesTheSubject() {
        #expect(
            speakers(["Fans stormed the pitch in Leeds, with Dana Pike reportedly shouting: \"Get them off the grass!\""])
                == ["Dana Pike"])
        #expect(
            speakers(["Fans stormed the pitch in Leeds, with Dana Pike yelling: \"Get them off the grass!\""])
                == ["Dana Pike"])
    }

    @Test func promiseGoingOnIntoTheQuotation_namesTheSubject() {
        #expect(
            speakers(["Both mayors talked tough, with Tom Waller recently promising to \"fix every pothole by June.\""])
                == ["Tom Waller"])
    }

    @Test func cueIsTheParticiple() {
        let found = QuoteTestSupport.direct(["The crowd cheered, with Dana Pike saying: \"We did it.\""])
        #expect(found.first?.cue == "saying")
    }

    @Test func descriptiveSubject_namesNobody() {
        #expect(speakers(["The crowd cheered, with officials warning: \"Stay back.\""]) == [nil])
    }

    @Test func plainVerb_isNoCue() {
        #expect(QuoteTestSupport.speakerWords(AbsoluteParticipleRule(), quote: 0, in: [
            "The crowd cheered, with Dana Pike holding a \"Vote Yes\" sign.",
        ]) == nil)
    }

    @Test func withMustOpenTheSubject() {
        #expect(QuoteTestSupport.speakerWords(AbsoluteParticipleRule(), quote: 0, in: [
            "The crowd cheered with joy as Dana Pike was shouting: \"We did it.\"",
        ]) == nil)
    }
}
