import Testing
@testable import BylineExtraction

/// A speaker the recognizer missed, named after a company noun, is an organization.
@Suite struct MissedSpeakerTypeTests {
    @Test func nameAfterCompanyNoun_isAnOrganization() {
        let result = QuoteTestSupport.extractWithEntities(["The tyre giant Torvella on Friday said \"the plant will open in May.\""])
        let speaker = result.entities.first { $0.name == "Torvella" }
        #expect(speaker?.type == .organization)
    }
}
