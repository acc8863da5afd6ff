import Testing
@testable import BylineExtraction

/// `Dana Pike's argument is that the plan is "unworkable"`: the clause a possessed noun of
/// saying introduces with `is that` is its owner's (session 9).
@Suite struct CopularClaimRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func possessedNoun_isTheOwners() {
        #expect(speakers(["Dana Pike's argument is that the harbor plan is \"unworkable\" as drafted."]) == ["Dana Pike"])
        #expect(speakers(["Tom Waller's view was that the levy would be \"a disaster\" for renters."]) == ["Tom Waller"])
    }

    @Test func pronounOwner_resolvesToThePerson() {
        let paragraphs = ["Tom Waller toured the depot on Monday.", "His message was that the fleet is \"falling apart\" after years of cuts."]
        let person = QuoteTestSupport.person("Tom Waller", gender: .male, in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == ["Tom Waller"])
    }

    @Test func cueRecordsTheNoun() {
        #expect(QuoteTestSupport.direct(["Dana Pike's argument is that the plan is \"unworkable\"."]).first?.cue == "argument")
    }

    @Test func nounWithoutOwner_namesNobody() {
        #expect(speakers(["The argument is that the harbor plan is \"unworkable\" as drafted."]) == [nil])
    }

    @Test func laterVerbOfSaying_isNotTheOwners() {
        let sentence = ["Dana Pike's argument is that Tom Waller said the plan was \"unworkable\"."]
        #expect(QuoteTestSupport.speakerWords(CopularClaimRule(), quote: 0, in: sentence) == nil)
    }
}
