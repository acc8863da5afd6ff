import Testing
@testable import BylineExtraction

/// `Guns are "a crisis" and "stunt growth," Dana Pike said.`: a quotation joined by `and`
/// to the next one of its sentence takes that one's cue (session 13).
@Suite struct CoordinatedBeforeRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func firstOfTwo_takesTheLaterCue() {
        #expect(
            speakers(["Tolls are \u{201C}a tax on work\u{201D} and \u{201C}hurt the poor,\u{201D} Dana Pike, the former mayor, told the crowd."])
                == ["Dana Pike", "Dana Pike"])
        #expect(speakers(["The plan is \"reckless\" or \"simply lazy,\" Tom Waller said."]) == ["Tom Waller", "Tom Waller"])
    }

    @Test func threeInARow_allTakeTheCue() {
        #expect(
            speakers(["It was \"loud\" and \"rude\" and \"pointless,\" Tom Waller said."])
                == ["Tom Waller", "Tom Waller", "Tom Waller"])
    }

    @Test func notJoined_keepsNoSpeaker() {
        #expect(speakers(["The \"plan\" failed in May. \"It was lazy,\" Tom Waller said."]) == [nil, "Tom Waller"])
        // Words between the closing mark and `and`: no coordination (whatever other rules say).
        let context = QuoteTestSupport.context(["The \"plan\" failed, and \"it was lazy,\" Tom Waller said."])
        let decided = AttributionSieve().attribute(context)
        #expect(CoordinatedBeforeRule().source(for: context.sites[0], in: context, attributed: decided) == nil)
    }

    @Test func joined_pointsAtTheLaterQuotation() {
        let context = QuoteTestSupport.context([
            "Tolls are \u{201C}a tax on work\u{201D} and \u{201C}hurt the poor,\u{201D} Dana Pike, the former mayor, told the crowd.",
        ])
        let decided = AttributionSieve().attribute(context)
        #expect(decided[0]?.rule == "coordinated before")
        #expect(CoordinatedBeforeRule().source(for: context.sites[0], in: context, attributed: decided) == 1)
    }
}
