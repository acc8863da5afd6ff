import Testing

@testable import BylineExtraction

/// Lexicon lookups by code units must answer what `String` lookups answer.
@Suite struct WordTableTests {
    /// What the lexicon answered when it kept `facts` as a `String` dictionary.
    static func dictionaryFacts(_ word: String, in facts: [String: WordFacts]) -> WordFacts {
        var result = facts[word] ?? []
        if result.isDisjoint(with: [.surface, .place, .givenName, .listedDemonym]),
            word.utf8.count > 4, let first = word.utf8.first, first >= 0x41 && first <= 0x5A,
            JunkWords.hasDemonymEnding(word)
        {
            result.insert(.demonymShaped)
        }
        if result.isEmpty, let dash = word.lastIndex(of: "-"), dash > word.startIndex,
            facts[String(word[word.index(after: dash)...])]?.contains(.listedDemonym) == true
        {
            result.insert(.demonymShaped)
        }
        return result
    }

    static let bundledFacts = Lexicon.Lists.bundled().lists.facts()

    @Test func codeUnitLookups_agreeWithStringLookups() {
        let lexicon = Lexicon.shared
        let facts = Self.bundledFacts
        let words = [
            "Putin", "Russia", "RUSSIA", "Instead", "instead", "Syrian", "Syrians", "Kremlin", "said",
            "Zürich", "Zu\u{308}rich", "ZÜRICH", "Düsseldorf", "Gdańsk", "Ōsaka", "Québécois", "Mr.", "U.S.", "al-Assad", "Qwertyuian", "of", "Xyzzy",
        ]
        for word in words {
            let text = ArticleText(paragraphs: [word])
            let found = lexicon.wordTable.withReader { table in
                text.utf16.withUnsafeBufferPointer { units in
                    lexicon.wordFacts(units, 0..<units.count, text: { word }, in: table)
                }
            }
            #expect(found.facts == lexicon.facts(for: word), "\(word)")
            #expect(found.facts == Self.dictionaryFacts(word, in: facts), "\(word)")
            #expect((found.id != nil) == (facts[word] != nil), "\(word)")
        }
    }

    @Test func canonicallyEqualSpellings_getOneID() {
        let lexicon = Lexicon(facts: ["Kelvin": .surface, "Zürich": .place, "東京": .place])
        func id(_ word: String) -> Int32? {
            let units = Array(word.utf16)
            return lexicon.wordTable.withReader { table in
                units.withUnsafeBufferPointer { lexicon.wordFacts($0, 0..<$0.count, text: { word }, in: table).id }
            }
        }
        #expect(id("Kelvin") != nil)
        #expect(id("\u{212A}elvin") == id("Kelvin"))  // KELVIN SIGN is canonically `K`
        #expect(id("Zu\u{308}rich") == id("Zürich"))
        #expect(id("Zurich") == nil)
        #expect(id("kelvin") == nil)
        #expect(id("東京") != nil)
        #expect(id("東") == nil)
    }

    /// Every word of the bundled lists, and some near misses, as the `String` dictionary
    /// the table replaced answers: facts, whether it is listed, and common words.
    @Test func everyListedWord_answersAsTheDictionary() {
        let lexicon = Lexicon.shared
        let lists = Lexicon.Lists.bundled().lists
        let facts = Self.bundledFacts
        #expect(facts.count > 30000)
        var words = Array(facts.keys)
        words += facts.keys.prefix(2000).flatMap { [$0 + "x", String($0.dropLast()), $0.lowercased()] }
        words += lists.commonWords.prefix(500).map { $0.capitalized }
        words += ["Zu\u{308}rich", "ZU\u{308}RICH", "\u{212A}remlin", "cafe\u{301}", "", "-", "x-Syrian"]
        for word in words {
            let units = Array(word.utf16)
            let found = lexicon.wordTable.withReader { table in
                units.withUnsafeBufferPointer { lexicon.wordFacts($0, 0..<$0.count, text: { word }, in: table) }
            }
            #expect(found.facts == Self.dictionaryFacts(word, in: facts), "\(word)")
            #expect((found.id != nil) == (facts[word] != nil), "\(word)")
            #expect(lexicon.isCommonWord(word) == lists.commonWords.contains(word), "\(word)")
            #expect(lexicon.givenNames[word] == lists.givenNames[word], "\(word)")
        }
    }

    @Test func givenIDs_areKept_whenNotTheEntryIndex() {
        // Without composed keys `Zürich` is left out, so `told` is the second entry, id 1.
        let table = WordTable([("said", 7), ("Zürich", 3), ("told", 1), ("says", 0)])
        func id(_ word: String) -> Int32? {
            let units = Array(word.utf16)
            return table.withReader { reader in units.withUnsafeBufferPointer { reader.id(of: $0, 0..<$0.count) } }
        }
        #expect(id("said") == 7)
        #expect(id("told") == 1)
        #expect(id("says") == 0)
        #expect(id("Zürich") == nil)
        #expect(id("sai") == nil)
    }

    @Test func tableMisses_anEmptyTable() {
        let table = WordTable([])
        let units: [UInt16] = Array("word".utf16)
        let id = table.withReader { reader in units.withUnsafeBufferPointer { reader.id(of: $0, 0..<$0.count) } }
        #expect(id == nil)
    }
}
