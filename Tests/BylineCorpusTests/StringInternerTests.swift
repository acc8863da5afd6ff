import Testing

@testable import BylineCorpus

/// The interner's byte table gives exactly the indexes a `[String: Int32]` gives (Swift's
/// string equality: canonical equivalence), whatever the mix of strings.
@Suite struct StringInternerTests {
    /// What the interner did before its byte table: a dictionary alone.
    static func reference(_ strings: [String]) -> (indexes: [Int32], table: [String]) {
        var indexes: [String: Int32] = [:]
        var table: [String] = []
        let result = strings.map { string -> Int32 in
            if let index = indexes[string] { return index }
            indexes[string] = Int32(table.count)
            table.append(string)
            return Int32(table.count - 1)
        }
        return (result, table)
    }

    static func check(_ strings: [String]) {
        var interner = StringInterner()
        let indexes = strings.map { interner.intern($0) }
        let table = interner.table
        let expected = reference(strings)
        #expect(indexes == expected.indexes)
        // Looked up again, every string (and none other) is found at its index.
        #expect(strings.map { interner.index(of: $0) } == expected.indexes)
        #expect(interner.index(of: "never interned") == nil)
        #expect(interner.index(of: "n\u{E9}ver interned") == nil)
        #expect((0..<Int32(table.count)).map { table[$0] } == expected.table)
    }

    @Test func insert_givesInternsIndexes_andSaysWhichStringsWereNew() {
        // Repeats, canonically equivalent spellings (composed and not, a Kelvin sign).
        let strings = [
            "okafor-harbour", "okafor-harbour", "Jos\u{E9}", "Jose\u{301}", "\u{212A}elvin", "Kelvin",
            "okafor-harbour-2", "Jos\u{E9}", "quay", "quay",
        ]
        var interner = StringInterner()
        let inserted = strings.map { interner.insert($0) }
        let expected = Self.reference(strings).indexes
        #expect(inserted.map(\.index) == expected)
        // New exactly where the dictionary met a string it did not hold.
        #expect(inserted.map(\.isNew) == expected.indices.map { !expected[..<$0].contains(expected[$0]) })
        #expect(strings.map { interner.intern($0) } == expected)
    }

    @Test func intern_givesTheDictionarysIndexes_forRepeatedASCIIStrings() {
        // Enough distinct strings for the byte table to grow several times.
        let words = (0..<700).map { "word \($0 % 350) said" }
        Self.check(words + words.reversed() + ["", "", "said", "he", "she", "he"])
    }

    @Test func intern_givesTheDictionarysIndexes_forStringsMetAgain() {
        // The same String values again and again (small and large ones, each large one's
        // storage shared by its copies), equal strings made anew, equivalent spellings,
        // and more distinct strings than the recent ones' slots, so slots are taken over.
        let large = (0..<40).map { "the foreign minister of country \($0) said" }
        let small = ["said", "he", "she", "told", "Putin", "Jos\u{E9}", "Jose\u{301}", "\u{212A}elvin", "Kelvin"]
        var strings: [String] = []
        for round in 0..<6 {
            strings += small + large
            strings += large.map { String($0.utf8.map { Character(Unicode.Scalar($0)) }) }  // same text, new storage
            strings += (0..<300).map { "word \(($0 * 7 + round) % 290)" }
        }
        Self.check(strings)
        Self.check(strings.reversed())
    }

    @Test func recentStrings_answerOnlyTheStringsRemembered() {
        var recent = RecentStrings()
        let large = "a string too long to be small, kept in storage of its own"
        let copy = large  // the same storage
        let rebuilt = String(large.utf8.map { Character(Unicode.Scalar($0)) })  // equal, other storage
        #expect(recent.index(of: "said") == nil)
        recent.remember("said", index: 3)
        recent.remember(large, index: 9)
        #expect(recent.index(of: "said") == 3)
        #expect(recent.index(of: "sa" + "id") == 3)  // small strings: the bytes are the value
        #expect(recent.index(of: copy) == 9)
        #expect(recent.index(of: rebuilt) == nil || recent.index(of: rebuilt) == 9)
        #expect(recent.index(of: "says") == nil)
        #expect(recent.index(of: "") == nil)
    }

    @Test func intern_joinsCanonicallyEquivalentStrings_asTheDictionaryDoes() {
        // A Kelvin sign is a K, a Greek question mark a semicolon, "é" one scalar or two.
        Self.check([
            "\u{212A}elvin", "Kelvin", "\u{212A}elvin", "Kelvin", "why;", "why\u{37E}", "why;",
            "caf\u{E9}", "cafe\u{301}", "café", "cafe", "naïve", "Ünïcödé 👩‍👩‍👧", "Ünïcödé 👩‍👩‍👧",
        ])
        Self.check(["Kelvin", "\u{212A}elvin", "Kelvin", "why\u{37E}", "why;", "why;"])
    }

    @Test func intern_joinsEquivalentStrings_whenStableNonASCIIStringsComeFirst() {
        // Curly quotes, dashes and precomposed Latin letters take the byte path alone; an
        // equivalent string in other bytes still finds them (an en quad is an en space).
        Self.check([
            "\u{201C}Mr. Müller\u{201D}", "O\u{2019}Brien \u{2014} José", "\u{2002}x", "caf\u{E9}",
            "\u{2000}x", "cafe\u{301}", "O\u{2019}Brien \u{2014} José", "\u{201C}Mr. Mu\u{308}ller\u{201D}",
        ])
        Self.check(["\u{2000}x", "\u{2002}x", "\u{2001}", "\u{2003}", "\u{2003}", "\u{206F}", "\u{2070}"])
    }

    @Test func indexOf_findsAnEquivalentString_beforeAndAfterOtherCharactersCome() {
        var interner = StringInterner()
        _ = interner.intern("Kelvin")
        #expect(interner.index(of: "\u{212A}elvin") == 0)  // asked while only ASCII is held
        _ = interner.intern("caf\u{E9}")
        #expect(interner.index(of: "cafe\u{301}") == 1)
        #expect(interner.index(of: "Kelvin") == 0)
        #expect(interner.index(of: "cafe") == nil)
    }
}
