import Testing

@testable import BylineExtraction

/// The builder must key words as a `String` dictionary does, and its table must answer as
/// a table made from that dictionary's keys.
@Suite struct WordTableBuilderTests {
    static func id(_ word: String, in table: WordTable) -> Int32? {
        table.withReader { $0.id(ofKey: word) }
    }

    @Test func canonicallyEqualSpellings_shareOneEntry() {
        var builder = WordTable.Builder(capacity: 4)
        let first = builder.insert("Zürich")
        #expect(builder.insert("Zu\u{308}rich") == first)
        let kelvin = builder.insert("\u{212A}elvin")  // KELVIN SIGN is canonically `K`
        #expect(builder.insert("Kelvin") == kelvin)
        #expect(builder.insert("kelvin") != kelvin)
        #expect(builder.count == 3)
        let table = builder.table()
        #expect(Self.id("Zürich", in: table) == Int32(first))
        #expect(Self.id("Zu\u{308}rich", in: table) == Int32(first))
        #expect(Self.id("Kelvin", in: table) == Int32(kelvin))
        #expect(Self.id("Zurich", in: table) == nil)
    }

    /// Far more words than the capacity it was made with (it grows), repeated, accented, in
    /// other scripts: entries in insertion order, each word's id its entry, as a dictionary.
    @Test func manyWords_getTheEntriesADictionaryGives() {
        var words: [String] = []
        for i in 0..<3000 {
            words.append("w\(i)")
            words.append("Zo\u{308}e\(i % 50)")
            words.append("東京\(i % 7)")
            words.append("w\(i / 2)")
        }
        var builder = WordTable.Builder(capacity: 8)
        var entries: [String: Int] = [:]
        for word in words {
            let entry = builder.insert(word)
            if let known = entries[word] {
                #expect(entry == known, "\(word)")
            } else {
                #expect(entry == entries.count, "\(word)")
                entries[word] = entry
            }
        }
        #expect(builder.count == entries.count)
        let table = builder.table()
        let plain = WordTable(entries.map { (key: $0.key, id: Int32($0.value)) }, composedKeys: true)
        for word in words + ["w-1", "Zoë", "Zoë7", "東京", "", "w3000x"] {
            #expect(Self.id(word, in: table) == entries[word].map(Int32.init), "\(word)")
            #expect(Self.id(word, in: table) == Self.id(word, in: plain), "\(word)")
        }
    }

    @Test func compacted_keepsTheElements() {
        var grown: [Int32] = []
        for i in 0..<1000 { grown.append(Int32(i)) }
        #expect(grown.compacted() == grown)
        #expect([Int32]().compacted().isEmpty)
    }
}
