import Foundation

/// A read-only hash table from ASCII words, given as UTF-16 code units of the article text,
/// to a small integer id. The recognizer looks up every word token; with a `String` key
/// each lookup first made a `String` and then ran SipHash over it, which was the largest
/// single cost of recognition. Here the hash runs over the code units in place.
///
/// Only ASCII keys go in, unless the keys are composed (`init(_:composedKeys:)`): for ASCII
/// code-unit equality is `String` equality.
struct WordTable: Sendable {
    /// The keys' code units, back to back.
    private var keys: [UInt16] = []
    /// Open addressing, linear probing. A slot holds the key's hash in its high 32 bits and
    /// its entry index + 1 in the low 32 (0: empty), so most misses never touch `keys`.
    private var slots: [UInt64] = []
    /// Per entry: where its key starts in `keys`, its length and its id.
    private var entries: [Entry] = []

    struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var id: Int32
    }

    init() {}

    /// A table over `words` (only their ASCII ones), each mapped to its id.
    ///
    /// With `composedKeys`, a key with other characters goes in too, in its composed form
    /// (NFC). Two strings are equal as `String`s (canonically) exactly when their composed
    /// forms are equal code for code, so `Reader.id(ofKey:)` answers what a `String`
    /// dictionary would. No character below U+0300 ever changes under NFC, so text made only
    /// of such code units (Latin letters with their accents, `Zürich`, `São`) is already
    /// composed and may be looked up as it stands (`Reader.id(of:_:)`); other text must be
    /// composed first.
    init(_ words: [(key: String, id: Int32)], composedKeys: Bool = false) {
        var size = 16
        while size < words.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        // Sized up front: grown by appends, both arrays kept up to twice the memory they use
        // for the life of the process (the lexicon's tables are built once and never freed).
        entries.reserveCapacity(words.count)
        keys.reserveCapacity(words.reduce(0) { $0 + $1.key.utf16.count })
        for (word, id) in words {
            let start = keys.count
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                for byte in word.utf8 { keys.append(UInt16(byte)) }  // ASCII: a byte is a code unit
            } else {
                guard composedKeys else { continue }
                keys.append(contentsOf: Self.composed(word))
            }
            let hash = keys.withUnsafeBufferPointer { Self.hash($0, start..<$0.count) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(hash) << 32 | UInt64(entries.count + 1)
            entries.append(Entry(start: Int32(start), length: Int32(keys.count - start), id: id))
        }
        self.slots = slots
    }

    /// Code units below this are the same in any normalisation form (`init(_:composedKeys:)`).
    static let composedLimit: UInt16 = 0x300

    /// The code units of `word` in composed form (NFC): as they stand when all are below
    /// `composedLimit`, which no normalisation changes.
    static func composed(_ word: String) -> String.UTF16View {
        word.utf16.allSatisfy { $0 < composedLimit } ? word.utf16 : word.precomposedStringWithCanonicalMapping.utf16
    }

    /// FNV-1a over the code units, folded to 32 bits (the table is built from our own
    /// lists, not from input, so a seeded hash buys nothing here).
    @inline(__always)
    static func hash(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt32 {
        var hasher = FNVHasher()
        for i in range { hasher.combine(text[i]) }
        return hasher.value
    }

    /// The table's FNV-1a, fed one code unit at a time: for keys that are never one
    /// contiguous run of text (a phrase read token by token, `NameTable`).
    struct FNVHasher {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always)
        mutating func combine(_ unit: UInt16) { state = (state ^ UInt64(unit)) &* 0x100_0000_01b3 }

        /// The hash folded to 32 bits, as the slots keep it.
        var value: UInt32 { UInt32(truncatingIfNeeded: state ^ (state >> 32)) }
    }

    /// Calls `body` with a reader that looks words up without re-checking the table's arrays
    /// on every probe; the reader is valid only inside `body`.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    body(Reader(keys: keys, slots: slots, entries: entries))
                }
            }
        }
    }

    struct Reader {
        let keys: UnsafeBufferPointer<UInt16>
        let slots: UnsafeBufferPointer<UInt64>
        let entries: UnsafeBufferPointer<Entry>

        /// The id of the word `text[range]` (ASCII code units), or nil when it is not listed.
        func id(of text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32? {
            guard !slots.isEmpty else { return nil }
            return id(hash: WordTable.hash(text, range), length: range.count) { matches($0, text, range) }
        }

        /// The id of the key canonically equal to `word` (a table with composed keys), or nil.
        func id(ofKey word: String) -> Int32? {
            let units = Array(WordTable.composed(word))
            return units.withUnsafeBufferPointer { id(of: $0, 0..<$0.count) }
        }

        /// The id of the key with this hash and length that `matches` accepts (given the
        /// index of its first code unit in `keys`), or nil: the open-addressing probe every
        /// lookup shares, whatever text it compares.
        @inline(__always)
        func id(hash: UInt32, length: Int, where matches: (Int) -> Bool) -> Int32? {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let value = slots[slot]
                if value == 0 { return nil }
                if UInt32(truncatingIfNeeded: value >> 32) == hash {
                    let entry = entries[Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1]
                    if Int(entry.length) == length, matches(Int(entry.start)) { return entry.id }
                }
                slot = (slot + 1) & mask
            }
        }

        private func matches(_ start: Int, _ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
            var k = start
            for i in range {
                if keys[k] != text[i] { return false }
                k += 1
            }
            return true
        }
    }
}
