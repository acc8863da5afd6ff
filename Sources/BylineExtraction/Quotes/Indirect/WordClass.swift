/// A fixed list of lower-case words (`that`, `is`/`are`/`was`/`were`), tested against a
/// token's bytes in place. `AttributionContext.isWord(_:in:)` with a `Set<String>` seeds a
/// `Hasher` and runs SipHash over the word on every test, several hundred instructions; the
/// readers test a few words around every cue, so here a test is an FNV hash over the bytes,
/// lower-cased on the fly, and one probe of a small open-addressed table.
///
/// Same answers as `words.contains(word)`: ASCII keys and ASCII words are equal exactly when
/// their bytes are. A word with other bytes, or any word when some key is not ASCII (one
/// could equal an ASCII word canonically, as the Kelvin sign does `K`), gets no answer here
/// and the caller asks the `Set`.
struct WordClass: Sendable {
    let words: Set<String>
    /// The keys' bytes, back to back.
    private let keys: [UInt8]
    /// Per slot: the key's hash in the high 32 bits and its entry index + 1 in the low 32
    /// (0: empty). Per entry: where its key starts in `keys` and its length.
    private let slots: [UInt64]
    private let entries: [(start: Int32, length: Int32)]
    /// The shortest and longest key (1 and 0 for no keys: every length is ruled out).
    private let minLength: Int
    private let maxLength: Int
    private let onlyASCII: Bool

    init(_ words: Set<String>) {
        self.words = words
        // Sorted: the table's layout does not depend on the set's iteration order.
        let sorted = words.sorted()
        onlyASCII = sorted.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var size = 8
        while size < sorted.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var keys: [UInt8] = []
        var entries: [(start: Int32, length: Int32)] = []
        for word in sorted {
            let start = keys.count
            keys.append(contentsOf: word.utf8)
            let hash = keys.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start...]), folding: false) }
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(entries.count + 1)
            entries.append((Int32(start), Int32(keys.count - start)))
        }
        self.keys = keys
        self.slots = slots
        self.entries = entries
        let counts = sorted.map(\.utf8.count)
        minLength = counts.min() ?? 1
        maxLength = counts.max() ?? 0
    }

    /// ASCII upper-case letters lowered, as `ASCIICase.lowercased` does.
    @inline(__always)
    private static func fold(_ byte: UInt8, _ folding: Bool) -> UInt8 {
        folding && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(fold(byte, folding))) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Whether `bytes` (lowered first when `folding`) spell one of the words; nil when the
    /// bytes or a key are not ASCII, and the answer must come from the `Set`.
    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool? {
        guard onlyASCII else { return nil }
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        guard bits < 0x80 else { return nil }
        guard bytes.count >= minLength, bytes.count <= maxLength else { return false }
        let hash = Self.hash(bytes, folding: folding)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return false }
            if UInt32(truncatingIfNeeded: value >> 32) == hash {
                let entry = entries[Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1]
                if Int(entry.length) == bytes.count, matches(Int(entry.start), bytes, folding) { return true }
            }
            slot = (slot + 1) & mask
        }
    }

    /// `words.contains(word)`, by the bytes when they allow it.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0, folding: false) } ?? words.contains(word)
    }

    private func matches(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ folding: Bool) -> Bool {
        var k = start
        for byte in bytes {
            if keys[k] != Self.fold(byte, folding) { return false }
            k += 1
        }
        return true
    }
}
