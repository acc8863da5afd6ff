import Testing

@testable import BylineExtraction

/// A dateline (`PHILADELPHIA (UPI) —`) says where a story was filed: it is never a speaker.
@Suite struct DatelineSpeakerTests {
    @Test func participleAfterADateline_takesTheSubjectAfterTheDash() {
        let paragraphs = [
            "PHILADELPHIA (UPI) — The Harbor Council released a statement on Monday, offering \"a deep and sincere apology\" to the mayor."
        ]
        let result = QuoteTestSupport.extractWithEntities(paragraphs)
        let quote = result.quotes.first { $0.text == "a deep and sincere apology" }
        #expect(quote?.speaker == "Harbor Council")
        #expect(!result.entities.contains { $0.name == "PHILADELPHIA" && $0.type == .person })
    }

    @Test func datelineWithADate_isNoSpeakerEither() {
        let paragraphs = [
            "BOSTON, July 25 (UPI) — The Harbor Council released a statement on Monday, offering \"a deep and sincere apology\" to the mayor."
        ]
        let quote = QuoteTestSupport.extract(paragraphs).first { $0.text == "a deep and sincere apology" }
        #expect(quote?.speaker == "Harbor Council")
    }

    @Test func transcriptLabelInCapitals_staysTheSpeaker() {
        let found = QuoteTestSupport.extract(["HALE: \"We will win this state by ten points.\""])
        #expect(found.first?.speaker == "HALE")
    }
}
