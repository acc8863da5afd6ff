import Testing

@testable import BylineExtraction

/// A title in apposition to someone's book or film is no entity (`EvidenceScorer+WorkTitle`).
@Suite struct OwnedWorkTitleTests {
    @Test func titleAfterHerBook_isNoEntity() {
        let found = Recognized("In her 2009 book, Quiet Harbors, Anna Berg recalled the storm.")
        #expect(found.named("Quiet Harbors") == nil)
        #expect(found.type(of: "Anna Berg") == .person)
    }

    @Test func quotedTitleAfterAPossessorsNewFilm_isNoEntity() {
        let found = Recognized("Tom Waller's new film, \"Silent Rivers,\" opens on Friday.")
        #expect(found.named("Silent Rivers") == nil)
        #expect(found.named("Tom Waller") != nil)
    }

    @Test func subjectAfterTheBook_staysAPerson() {
        let found = Recognized("In the book, Dana Pike recalls the campaign. The author of the book, Tom Waller, said little.")
        #expect(found.type(of: "Dana Pike") == .person)
        #expect(found.type(of: "Tom Waller") == .person)
    }

    @Test func subjectAfterHerFilm_staysAPerson() {
        let found = Recognized("With her film, Ava Lund documents the loophole.")
        #expect(found.type(of: "Ava Lund") == .person)
    }
}
