/// A fixed list of lower-case words (`that`, `is`/`are`/`was`/`were`), tested against a
/// token's bytes in place. `AttributionContext.isWord(_:in:)` with a `Set<String>` seeds a
/// `Hasher` and runs SipHash over the word on every test, several hundred instructions; the
/// readers test a few words around every cue, so here a test is an FNV hash over the bytes,
/// lower-cased on the fly, and one probe of a `WordTable`.
///
/// Same answers as `words.contains(word)`: ASCII keys and ASCII words are equal exactly when
/// their bytes are. A word with other bytes, or any word when some key is not ASCII (one
/// could equal an ASCII word canonically, as the Kelvin sign does `K`), gets no answer here
/// and the caller asks the `Set`.
struct WordClass: Sendable {
    let words: Set<String>
    /// The words by their bytes (each ASCII byte is its own UTF-16 code unit there).
    private let table: WordTable
    /// The shortest and longest key (1 and 0 for no keys: every length is ruled out).
    private let minLength: Int
    private let maxLength: Int
    private let onlyASCII: Bool

    init(_ words: Set<String>) {
        self.words = words
        // Sorted: the table's layout does not depend on the set's iteration order.
        let sorted = words.sorted()
        onlyASCII = sorted.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        table = WordTable(sorted.enumerated().map { (key: $0.element, id: Int32($0.offset)) })
        let counts = sorted.map(\.utf8.count)
        minLength = counts.min() ?? 1
        maxLength = counts.max() ?? 0
    }

    /// ASCII upper-case letters lowered, as `ASCIICase.lowercased` does.
    @inline(__always)
    private static func fold(_ byte: UInt8, _ folding: Bool) -> UInt16 {
        UInt16(folding && byte &- 0x41 < 26 ? byte | 0x20 : byte)
    }

    /// Whether `bytes` (lowered first when `folding`) spell one of the words; nil when the
    /// bytes or a key are not ASCII, and the answer must come from the `Set`.
    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool? {
        guard onlyASCII else { return nil }
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        guard bits < 0x80 else { return nil }
        guard bytes.count >= minLength, bytes.count <= maxLength else { return false }
        var hasher = WordTable.FNVHasher()
        for byte in bytes { hasher.combine(Self.fold(byte, folding)) }
        return table.withReader { reader in
            reader.id(hash: hasher.value, length: bytes.count) { start in
                var k = start
                for byte in bytes {
                    if reader.keys[k] != Self.fold(byte, folding) { return false }
                    k += 1
                }
                return true
            } != nil
        }
    }

    /// `words.contains(word)`, by the bytes when they allow it.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0, folding: false) } ?? words.contains(word)
    }
}
