import Testing
@testable import BylineExtraction

/// A name inside an opening phrase (`After the Harbor attacks,`, `Like Mendes,`) is not the
/// sentence's subject; the one after the phrase's comma is.
@Suite struct OpeningPhraseSubjectTests {
    private func directSpeakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func nameInOpeningPrepositionalPhrase_isNotTheSubject() {
        #expect(directSpeakers("After the Harbor attacks, Tom Waller released an ad calling it \"dangerous.\"") == ["Tom Waller"])
    }

    @Test func comparisonOpening_isNotTheSubject() {
        #expect(directSpeakers("Like Mendes, Tom Waller rejected the plan, arguing that it was \"reckless.\"") == ["Tom Waller"])
    }

    @Test func placeOpening_isNotTheSubject() {
        #expect(directSpeakers("Here in Columbia, Tom Waller stepped up his attacks, saying, \"We have to do better.\"") == ["Tom Waller"])
    }

    @Test func openingPhraseWithoutComma_keepsItsName() {
        let speaker = QuoteTestSupport.speakerWords(
            CharacterizationRule(), quote: 0, in: ["On Tuesday Tom Waller described Mendes as \"a lightweight.\""])
        #expect(speaker == "Tom Waller")
    }
}
