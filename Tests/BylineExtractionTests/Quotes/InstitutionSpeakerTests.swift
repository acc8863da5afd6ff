import Testing
@testable import BylineExtraction
import BylineModel

/// `the White House said`: an institution whose words are all title words is read as a
/// description; the organization the recognizer found under its capitals speaks (session 13).
@Suite struct InstitutionSpeakerTests {
    private func organization(_ name: String, in paragraphs: [String]) -> RecognizedEntity {
        let found = QuoteTestSupport.person(name, in: paragraphs)
        return RecognizedEntity(name: name, type: .organization, mentions: found.mentions)
    }

    @Test func theWhiteHouse_isTheOrganization() {
        let paragraphs = ["The two leaders \"reaffirmed their commitment,\" the White House said."]
        let house = organization("White House", in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [house]) == ["White House"])
    }

    @Test func federalReserve_isTheOrganization() {
        let paragraphs = ["\"Inflation remains elevated,\" the Federal Reserve said in a statement."]
        let bank = organization("Federal Reserve", in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [bank]) == ["Federal Reserve"])
    }

    @Test func unrecognizedCapitals_nameNobody() {
        #expect(QuoteTestSupport.directSpeakers(["\"We reaffirm it,\" the White House said."]) == [nil])
    }

    @Test func aPerson_isNotNamedThisWay() {
        let paragraphs = ["\"We reaffirm it,\" the White House said."]
        let person = QuoteTestSupport.person("White House", in: paragraphs)
        #expect(QuoteTestSupport.directSpeakers(paragraphs, entities: [person]) == [nil])
    }
}
