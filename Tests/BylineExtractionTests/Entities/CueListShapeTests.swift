import Testing

@testable import BylineExtraction

/// Shortcuts the recognizer takes rely on the shape of some hand-written lists.
@Suite struct CueListShapeTests {
    /// `CandidateBuilder.honorificGender` looks at the first code unit before hashing.
    @Test func everyHonorific_startsWithCapitalM() {
        #expect(PersonCues.honorifics.allSatisfy { $0.utf16.first == 0x4D })
    }
}
