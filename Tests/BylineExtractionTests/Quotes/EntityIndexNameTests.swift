import BylineModel
import Testing

@testable import BylineExtraction

/// `EntityIndex.entity(named:)` compares names by their bytes where it once looked up tables
/// of lowered names: the byte tests must answer what the string tests answer, and the
/// search must find the first entity in index order, as the tables did.
@Suite struct EntityIndexNameTests {
    static let names = [
        "Rex Tillerson", "rex tillerson", "REX TILLERSON", "Tillerson", "tillerson ", "  ", "", "José Ángel",
        "JOSÉ ÁNGEL", "josé ángel", "Ángel", "ángel", "Kelvin \u{212A}", "kelvin k", "O'Brien", "o'brien",
        "Mary-Kate Olsen", "olsen", "Olsen  ", "the Kremlin", "Kremlin", "e\u{301}ric", "\u{E9}ric",
    ]

    @Test func byteTests_answerWhatTheLoweredStringsAnswer() {
        for text in Self.names {
            for other in Self.names {
                let lowered = ASCIICase.lowercased(other)
                #expect(EntityIndex.lowers(text, to: lowered) == (ASCIICase.lowercased(text) == lowered), "\(text) \(other)")
                if let surname = ASCIICase.lastWord(lowered) {
                    let expected = ASCIICase.lastWord(ASCIICase.lowercased(text)) == surname
                    #expect(EntityIndex.lastWord(of: text, lowersTo: surname) == expected, "\(text) \(surname)")
                }
            }
        }
    }

    @Test func entityNamed_findsTheFirstByNameAliasThenSurname() {
        let index = EntityIndex([
            RecognizedEntity(name: "Tass", type: .organization, mentions: [TextSpan(start: 0, end: 4)]),
            RecognizedEntity(name: "Rex Tillerson", type: .person, mentions: [TextSpan(start: 10, end: 23)]),
            RecognizedEntity(name: "Jo Tillerson", type: .person, aliases: ["Rex Tillerson", "JT"], mentions: [TextSpan(start: 30, end: 42)]),
            RecognizedEntity(name: "Ed Balls", type: .person, aliases: ["tillerson"], mentions: [TextSpan(start: 50, end: 58)]),
        ])
        #expect(index.entity(named: "REX TILLERSON") == 1)
        #expect(index.entity(named: "jt") == 2)
        #expect(index.entity(named: "Tillerson") == 3)  // an alias before any surname
        #expect(index.entity(named: "Mr. Balls") == 3)  // the surname of a person
        #expect(index.entity(named: "TASS") == 0)
        #expect(index.entity(named: "Interfax") == nil)
    }
}
