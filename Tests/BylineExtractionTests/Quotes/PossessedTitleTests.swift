import Testing
@testable import BylineExtraction

/// `"...," Acme's CEO, Jane Doe, told the BBC`: a title written in capitals after a possessive
/// is a description, and the name set off after it is the speaker (session 10).
@Suite struct PossessedTitleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func capitalTitleAfterPossessive_thenName_namesThePerson() {
        #expect(speakers(["\"We want to be sure,\" Zenfield's CEO, Marta Velloso, told the BBC."]) == ["Marta Velloso"])
        #expect(speakers(["\"We want to be sure,\" Zenfield's CEO, Marta Velloso, said on Monday."]) == ["Marta Velloso"])
        #expect(speakers(["\"The deal is done,\" the Orvane Group's President, Tomas Riedl, said."]) == ["Tomas Riedl"])
    }

    @Test func capitalTitleWithoutApposition_staysNobody() {
        #expect(speakers(["\"We want to be sure,\" Zenfield's CEO said."]) == [nil])
    }

    @Test func asideThatIsNoName_staysNobody() {
        #expect(speakers(["\"We want to be sure,\" Zenfield's CEO, a former banker, said."]) == [nil])
    }
}
