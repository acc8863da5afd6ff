import Testing
@testable import BylineExtraction

/// `as anti-fraud prosecutor Dana Pike put it, "..."`: lowercase words describing the
/// named person may stand between `as` and the name (session 13).
@Suite struct PutItPremodifierTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func roleBeforeTheName_isPartOfTheSubject() {
        #expect(speakers(["At the time, as prosecutor Dana Pike put it, \"there was little to go on.\""]) == ["Dana Pike"])
        #expect(
            speakers(["At the time, as anti-fraud prosecutor Dana Pike put it, \"there was little to go on.\""])
                == ["Dana Pike"])
    }

    @Test func aClauseBetween_isNoSubject() {
        #expect(QuoteTestSupport.speakerWords(PutItRule(), quote: 0, in: [
            "As the judge said Dana Pike put it, \"there was little to go on.\"",
        ]) == nil)
    }
}
