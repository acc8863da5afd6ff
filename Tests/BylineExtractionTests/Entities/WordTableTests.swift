import Testing

@testable import BylineExtraction

/// Lexicon lookups by code units must answer what `String` lookups answer.
@Suite struct WordTableTests {
    @Test func codeUnitLookups_agreeWithStringLookups() {
        let lexicon = Lexicon.shared
        let words = [
            "Putin", "Russia", "RUSSIA", "Instead", "instead", "Syrian", "Syrians", "Kremlin", "said",
            "Zürich", "Zu\u{308}rich", "ZÜRICH", "Düsseldorf", "Gdańsk", "Ōsaka", "Québécois", "Mr.", "U.S.", "al-Assad", "Qwertyuian", "of", "Xyzzy",
        ]
        for word in words {
            let text = ArticleText(paragraphs: [word])
            let found = lexicon.wordTable.withReader { table in
                text.utf16.withUnsafeBufferPointer { units in
                    lexicon.wordFacts(units, 0..<units.count, text: word, in: table)
                }
            }
            #expect(found.facts == lexicon.facts(for: word), "\(word)")
            #expect((found.id != nil) == (lexicon.facts[word] != nil), "\(word)")
        }
    }

    @Test func canonicallyEqualSpellings_getOneID() {
        var lexicon = Lexicon()
        lexicon.facts = ["Kelvin": .surface, "Zürich": .place]
        func id(_ word: String) -> Int32? {
            let units = Array(word.utf16)
            return lexicon.wordTable.withReader { table in
                units.withUnsafeBufferPointer { lexicon.wordFacts($0, 0..<$0.count, text: word, in: table).id }
            }
        }
        #expect(id("Kelvin") != nil)
        #expect(id("\u{212A}elvin") == id("Kelvin"))  // KELVIN SIGN is canonically `K`
        #expect(id("Zu\u{308}rich") == id("Zürich"))
        #expect(id("Zurich") == nil)
        #expect(id("kelvin") == nil)
    }

    @Test func tableMisses_anEmptyTable() {
        let table = WordTable([])
        let units: [UInt16] = Array("word".utf16)
        let id = table.withReader { reader in units.withUnsafeBufferPointer { reader.id(of: $0, 0..<$0.count) } }
        #expect(id == nil)
    }
}
